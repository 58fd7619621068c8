/**
 * The one way request parameters are read, for the REST API and the pages alike: every
 * value arrives as text and is checked here against a declared range or choice. The API
 * reads strictly (the first bad value is a 400 naming it); pages read leniently (a bad
 * value falls back to its default and is named in a notice).
 */
@NullMarked
package io.cryptoviz.dashboard.base.parameter;

import org.jspecify.annotations.NullMarked;
