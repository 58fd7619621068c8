package io.cryptoviz.ml.backtest;

import io.cryptoviz.ml.indicator.Indicator;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * Rolling-origin evaluation (Hyndman &amp; Athanasopoulos, FPP3 §5.10) with step 1: at
 * every origin t where the forecast is defined and p_{t+k} exists, compare the forecast
 * made at t with the price k steps later, and score the naive forecast p_t on exactly the
 * same origins.
 * <p>
 * The forecast at t is an {@link Indicator} value, which by contract uses points up to t
 * only, so this class cannot look ahead; it never refits anything. The indicators compute
 * all origins in O(n) with running and prefix sums, and scoring is one pass, so the whole
 * backtest of a model is O(n).
 */
public final class RollingOriginBacktest {

	private RollingOriginBacktest() {
	}

	/**
	 * Scores a model's forecasts.
	 * @param forecast the forecast made at each origin for k steps later
	 * @param steps the horizon in steps, k ≥ 1
	 * @return the track record
	 */
	public static TrackRecord evaluate(Indicator forecast, int steps) {
		if (steps < 1) {
			throw new IllegalArgumentException("steps must be at least 1, was " + steps);
		}
		PriceSeries series = forecast.series();
		int capacity = Math.max(0, series.size() - steps - forecast.unstableBars());
		double[] differentials = new double[capacity];
		double[] relativeErrors = new double[capacity];
		int[] relativeOrigins = new int[capacity];
		int origins = 0;
		int relatives = 0;
		int directional = 0;
		int hits = 0;
		int moves = 0;
		int ups = 0;
		double absoluteError = 0;
		double percentageError = 0;
		double naiveError = 0;
		for (int t = forecast.unstableBars(); t + steps < series.size(); t++) {
			double predicted = forecast.value(t);
			if (Double.isNaN(predicted)) {
				continue;
			}
			double price = series.price(t);
			double actual = series.price(t + steps);
			double error = Math.abs(actual - predicted);
			double naive = Math.abs(actual - price);
			differentials[origins] = error - naive;
			origins++;
			absoluteError += error;
			percentageError += 100 * error / actual;
			naiveError += naive;
			if (predicted > 0) {
				relativeErrors[relatives] = (actual - predicted) / predicted;
				relativeOrigins[relatives++] = t;
			}
			int actualMove = Double.compare(actual, price);
			int predictedMove = Double.compare(predicted, price);
			if (actualMove != 0) {
				moves++;
				ups += (actualMove > 0) ? 1 : 0;
				if (predictedMove != 0) {
					directional++;
					hits += (predictedMove == actualMove) ? 1 : 0;
				}
			}
		}
		if (origins == 0) {
			return TrackRecord.none();
		}
		double mae = absoluteError / origins;
		double naiveMae = naiveError / origins;
		double relativeMae = (absoluteError == naiveError) ? 1 : mae / naiveMae;
		IntervalRecord[] intervals = ConformalIntervals.of(relativeErrors, relativeOrigins, relatives, steps, 0.8,
				0.95);
		return new TrackRecord(origins, mae, percentageError / origins, naiveMae, relativeMae,
				(directional > 0) ? 100.0 * hits / directional : Double.NaN, directional,
				(moves > 0) ? 100.0 * ups / moves : Double.NaN, DieboldMariano.test(differentials, origins, steps),
				intervals[0], intervals[1]);
	}

	/**
	 * The points a forecast needs before it has a track record.
	 * @param forecast the forecast
	 * @param steps the horizon in steps
	 * @return warm-up, one origin and the k steps to its actual price
	 */
	public static int pointsNeeded(Indicator forecast, int steps) {
		return forecast.unstableBars() + 1 + steps;
	}

}
