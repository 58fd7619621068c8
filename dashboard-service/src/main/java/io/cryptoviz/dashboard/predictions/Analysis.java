package io.cryptoviz.dashboard.predictions;

import java.time.Duration;
import java.time.Instant;

import io.cryptoviz.store.read.Asset;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * One finished analysis: what was asked, ml-core's result, and the prices it saw.
 *
 * @param request the parameters
 * @param asset the asset as the store describes it
 * @param result ml-core's result, shown as is
 * @param history the prices within the history window, for the chart
 * @param lookback the span of prices the track records could use: up to
 * {@link PredictionService#LOOKBACK}, less when the store holds less
 * @param ranAt when the analysis finished
 * @param took how long reading and analysing took
 */
public record Analysis(AnalysisRequest request, Asset asset, AnalysisResult result, PriceSeries history,
		Duration lookback, Instant ranAt, Duration took) {

	/**
	 * @return whether the asset is a stablecoin, whose forecasts are noise
	 */
	public boolean stablecoin() {
		return Stablecoins.contains(this.asset.assetId());
	}

}
