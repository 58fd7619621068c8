/**
 * Composable, memoized technical indicators in the style of ta4j: each concept is a small
 * class built from upstream indicators, undefined (NaN) during its warm-up and never
 * looking ahead. {@link io.cryptoviz.ml.indicator.Indicators} is the factory and also
 * offers the same formulas on primitive arrays, aligned like TA-Lib.
 */
@NullMarked
package io.cryptoviz.ml.indicator;

import org.jspecify.annotations.NullMarked;
