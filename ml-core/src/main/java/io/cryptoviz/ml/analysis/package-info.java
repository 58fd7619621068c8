/**
 * The entry point the dashboard and the REST API call:
 * {@link io.cryptoviz.ml.analysis.PredictionEngine} turns a price series and validated
 * settings into one immutable {@link io.cryptoviz.ml.analysis.AnalysisResult} with every
 * model's forecast, the consensus, the signal, metrics, chart overlays, track records and
 * warnings.
 */
@NullMarked
package io.cryptoviz.ml.analysis;

import org.jspecify.annotations.NullMarked;
