/**
 * The login page shown when the dashboard has a password. It has no drawer, so nothing of
 * the dashboard is visible before the user signs in.
 */
@NullMarked
package io.cryptoviz.dashboard.security.ui;

import org.jspecify.annotations.NullMarked;
