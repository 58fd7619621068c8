package io.cryptoviz.ml.backtest;

import java.util.Locale;

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

	/** relMAE must be below this for a model to "beat" naive: a 0.0 % win is no win. */
	static final double BEATS_BELOW = 0.9995;

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
		int origins = 0;
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
			origins++;
			absoluteError += error;
			percentageError += 100 * error / actual;
			naiveError += Math.abs(actual - price);
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
			int needed = forecast.unstableBars() + 1 + steps;
			return TrackRecord.none("not enough data to backtest: needs " + needed + " points, has " + series.size());
		}
		double mae = absoluteError / origins;
		double naiveMae = naiveError / origins;
		double relativeMae = (absoluteError == naiveError) ? 1 : mae / naiveMae;
		return new TrackRecord(origins, mae, percentageError / origins, naiveMae, relativeMae,
				(directional > 0) ? 100.0 * hits / directional : Double.NaN, directional,
				(moves > 0) ? 100.0 * ups / moves : Double.NaN, verdict(relativeMae));
	}

	private static String verdict(double relativeMae) {
		if (relativeMae < BEATS_BELOW) {
			return String.format(Locale.ROOT, "beats price-stays-the-same by %.1f%%", (1 - relativeMae) * 100);
		}
		return TrackRecord.NO_BETTER;
	}

}
