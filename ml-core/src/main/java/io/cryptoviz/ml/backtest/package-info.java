/**
 * Honest track records: a rolling-origin backtest that scores each model's k-step
 * forecasts against what happened and against the naive "price stays the same" forecast
 * on the same origins. Forecasts come from indicators, so no origin sees data after
 * itself.
 */
@NullMarked
package io.cryptoviz.ml.backtest;

import org.jspecify.annotations.NullMarked;
