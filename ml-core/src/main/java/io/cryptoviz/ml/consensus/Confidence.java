package io.cryptoviz.ml.consensus;

import io.cryptoviz.ml.indicator.Indicators;
import io.cryptoviz.ml.indicator.StandardDeviation;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * The original product's confidence score, kept exactly:
 * <ul>
 * <li>base = max(0, 100 − |f − p| / p · 100): the further a forecast strays from the
 * current price, the lower;</li>
 * <li>volatility factor v = min(100, s20 / p · 100) with s20 the sample standard
 * deviation (n − 1) of the last {@value #VOLATILITY_POINTS} prices;</li>
 * <li>confidence = clamp(base · (1 − v / 200), 0, 100).</li>
 * </ul>
 * It is a heuristic, not a calibrated probability: the backtest's track record, not this
 * number, says whether a model is any good.
 */
public final class Confidence {

	/** Number of trailing prices whose spread sets the volatility factor. */
	public static final int VOLATILITY_POINTS = 20;

	private Confidence() {
	}

	/**
	 * The volatility factor v at the end of the series. With fewer than
	 * {@value #VOLATILITY_POINTS} points all of them are used; with a single point the
	 * spread is taken as 0.
	 * @param series the prices
	 * @return v in [0, 100]
	 */
	public static double volatilityFactor(PriceSeries series) {
		int count = Math.min(VOLATILITY_POINTS, series.size());
		if (count < 2) {
			return 0;
		}
		double sampleDeviation = StandardDeviation.sample(Indicators.price(series), series.size() - 1, count);
		return Math.min(100, sampleDeviation / series.lastPrice() * 100);
	}

	/**
	 * The confidence of one forecast.
	 * @param forecast the forecast f
	 * @param price the current price p, positive
	 * @param volatilityFactor v from {@link #volatilityFactor(PriceSeries)}
	 * @return confidence in [0, 100]
	 */
	public static double of(double forecast, double price, double volatilityFactor) {
		double base = Math.max(0, 100 - Math.abs(forecast - price) / price * 100);
		return Math.clamp(base * (1 - volatilityFactor / 200), 0, 100);
	}

}
