package io.cryptoviz.ml.backtest;

/**
 * How a model's k-step forecasts fared on past data (rolling origin, step 1).
 * <p>
 * Metrics that have no data are NaN: all of them when there is no origin, directional
 * accuracy when neither forecast nor price moved (always for the naive baseline).
 *
 * @param origins number of origins t scored (each needs the actual price at t + k)
 * @param mae mean absolute error |p_{t+k} − f_t|, in price units
 * @param mape mean absolute percentage error, 100 · |p_{t+k} − f_t| / p_{t+k}
 * @param naiveMae MAE of the naive forecast f_t = p_t on the same origins
 * @param relativeMae mae / naiveMae: below 1 beats the naive forecast; 1 when both are 0
 * @param directionalAccuracyPercent share of hits, sign(f_t − p_t) = sign(p_{t+k} − p_t),
 * among origins where both move
 * @param directionalOrigins number of origins where both forecast and price move
 * @param upMovePercent share of up moves among origins where the price moved: what always
 * forecasting "up" would score, the base rate to compare directional accuracy with
 * @param verdict "beats price-stays-the-same by X%", "no better than
 * price-stays-the-same" or why there is no verdict
 */
public record TrackRecord(int origins, double mae, double mape, double naiveMae, double relativeMae,
		double directionalAccuracyPercent, int directionalOrigins, double upMovePercent, String verdict) {

	/** Verdict when the model's MAE is not clearly below the naive forecast's. */
	public static final String NO_BETTER = "no better than price-stays-the-same";

	/**
	 * A track record without origins.
	 * @param reason why nothing could be scored
	 * @return a record of NaNs and the reason as verdict
	 */
	public static TrackRecord none(String reason) {
		return new TrackRecord(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, reason);
	}

	/**
	 * Whether the model's MAE is below the naive forecast's on the same origins.
	 * @return true if it beats naive by at least 0.05 %
	 */
	public boolean beatsNaive() {
		return this.relativeMae < RollingOriginBacktest.BEATS_BELOW;
	}

}
