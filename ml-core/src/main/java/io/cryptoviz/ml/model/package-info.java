/**
 * The forecasting models (moving averages, trend, momentum and the naive baseline) as
 * indicators whose value at an index is the forecast made there, using only earlier data.
 * The live forecast is the value at the last index; a backtest reads every other index.
 */
@NullMarked
package io.cryptoviz.ml.model;

import org.jspecify.annotations.NullMarked;
