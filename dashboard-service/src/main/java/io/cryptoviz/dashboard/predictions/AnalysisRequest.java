package io.cryptoviz.dashboard.predictions;

import java.time.Duration;

import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.ml.analysis.AnalysisSettings;
import io.cryptoviz.ml.model.ModelSettings;
import io.cryptoviz.model.AssetId;

/**
 * One analysis as a user asks for it, on the page or over the API. The limits are the
 * constants below (and ml-core's {@link ModelSettings} ranges);
 * {@link AnalysisParameters} pairs each with its parameter name for the API, the page's
 * URL and its sliders.
 *
 * @param assetId CoinGecko id
 * @param historyHours the window the models see, {@value #HISTORY_MIN} to
 * {@value #HISTORY_MAX} hours
 * @param horizonHours how far ahead to forecast, {@value #HORIZON_MIN} to
 * {@value #HORIZON_MAX} hours
 * @param source which sources to read
 * @param models MA windows and momentum period; ml-core checks their ranges and that MA
 * long is not below MA short
 */
public record AnalysisRequest(String assetId, int historyHours, int horizonHours, SourceSelection source,
		ModelSettings models) {

	public static final int HISTORY_MIN = 6;

	public static final int HISTORY_MAX = 72;

	public static final int HISTORY_DEFAULT = 24;

	public static final int HORIZON_MIN = 1;

	public static final int HORIZON_MAX = 24;

	public static final int HORIZON_DEFAULT = 4;

	/** The default model parameters: MA 20 and 50, momentum 14 (smoothed over 10). */
	public static final ModelSettings DEFAULT_MODELS = ModelSettings.defaults();

	public AnalysisRequest {
		if (!AssetId.isValid(assetId)) {
			throw new IllegalArgumentException("assetId must be a CoinGecko id, was '" + assetId + "'");
		}
		requireBetween("historyHours", historyHours, HISTORY_MIN, HISTORY_MAX);
		requireBetween("horizonHours", horizonHours, HORIZON_MIN, HORIZON_MAX);
	}

	/**
	 * @param assetId CoinGecko id
	 * @return the defaults for that asset: 24 h history, 4 h horizon, all sources
	 */
	public static AnalysisRequest defaults(String assetId) {
		return new AnalysisRequest(assetId, HISTORY_DEFAULT, HORIZON_DEFAULT, SourceSelection.ALL, DEFAULT_MODELS);
	}

	/**
	 * @return the history window
	 */
	public Duration history() {
		return Duration.ofHours(this.historyHours);
	}

	/**
	 * @param lookback how far back the track records reach, at least the history
	 * @return ml-core's settings, with its default consensus weights and signal
	 * thresholds
	 */
	public AnalysisSettings settings(Duration lookback) {
		return AnalysisSettings.defaults()
			.withHorizon(Duration.ofHours(this.horizonHours))
			.withModels(this.models)
			.withWindows(history(), lookback);
	}

	/**
	 * @param assetId another asset
	 * @return the same parameters for that asset
	 */
	public AnalysisRequest forAsset(String assetId) {
		return new AnalysisRequest(assetId, this.historyHours, this.horizonHours, this.source, this.models);
	}

	private static void requireBetween(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
	}

}
