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
 * @param relativeMae mae / naiveMae: below 1 means smaller errors than naive on these
 * origins, which alone says nothing of chance; 1 when both are 0
 * @param directionalAccuracyPercent share of hits, sign(f_t − p_t) = sign(p_{t+k} − p_t),
 * among origins where both move
 * @param directionalOrigins number of origins where both forecast and price move
 * @param upMovePercent share of up moves among origins where the price moved: what always
 * forecasting "up" would score, the base rate to compare directional accuracy with
 * @param comparison the Diebold–Mariano test against naive, with the verdict
 * @param interval80 the 80 % interval from the relative errors, with its coverage
 * @param interval95 the 95 % interval likewise
 */
public record TrackRecord(int origins, double mae, double mape, double naiveMae, double relativeMae,
		double directionalAccuracyPercent, int directionalOrigins, double upMovePercent,
		DieboldMariano.Comparison comparison, IntervalRecord interval80, IntervalRecord interval95) {

	/**
	 * A track record without origins.
	 * @return a record of NaNs whose verdict is {@link Verdict#TOO_LITTLE_DATA}
	 */
	public static TrackRecord none() {
		return new TrackRecord(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN,
				DieboldMariano.Comparison.none(), noInterval(0.8), noInterval(0.95));
	}

	/**
	 * @return the verdict of the test against naive
	 */
	public Verdict verdict() {
		return this.comparison.verdict();
	}

	/**
	 * Whether the model's errors are smaller than naive's beyond chance.
	 * @return true for {@link Verdict#BEATS_NAIVE}
	 */
	public boolean beatsNaive() {
		return verdict() == Verdict.BEATS_NAIVE;
	}

	private static IntervalRecord noInterval(double level) {
		return new IntervalRecord(level, 0, IntervalRecord.minimumErrors(level), Double.NaN, Double.NaN, Double.NaN, 0);
	}

}
