/**
 * Optional login and security headers. With {@code CRYPTOVIZ_DASHBOARD_PASSWORD} set, the
 * pages need a form login and the REST API HTTP Basic for one user; unset, everything is
 * open as before. Either way every response carries the same security headers, and the
 * actuator endpoints other than health live on the management port only, behind the same
 * password. Failed logins are throttled per client and cross-site login posts refused.
 */
@NullMarked
package io.cryptoviz.dashboard.security;

import org.jspecify.annotations.NullMarked;
