package io.cryptoviz.ml.indicator;

import java.util.Arrays;

import io.cryptoviz.ml.series.PriceSeries;

/**
 * Factory for the indicators, and the same formulas on primitive arrays.
 * <p>
 * The array functions wrap the input in a {@link PriceSeries} and evaluate the very
 * indicator classes the factory returns, so each formula has one implementation. They
 * follow TA-Lib's warm-up conventions: indices before the first valid one hold NaN
 * (TA-Lib's Python wrapper pads the same way), never zero. Conventions and first valid
 * indices:
 * <ul>
 * <li>SMA n: n − 1.</li>
 * <li>EMA n: α = 2/(n+1), seeded with the SMA of the first n values; n − 1.</li>
 * <li>RSI n: Wilder smoothing seeded with the mean of the first n gains and losses;
 * n.</li>
 * <li>MACD fast/slow/signal: both EMAs seeded on windows ending at slow − 1 (TA-Lib
 * {@code TA_MACD}), signal seeded with the SMA of the first signal-period line values;
 * all three arrays start at slow + signal − 2, as TA-Lib aligns them.</li>
 * <li>Bollinger n, k: SMA ± k · population σ; n − 1.</li>
 * </ul>
 */
public final class Indicators {

	private Indicators() {
	}

	/**
	 * The price itself, the root of every chain.
	 * @param series the series
	 * @return the price indicator
	 */
	public static Indicator price(PriceSeries series) {
		return new PriceIndicator(series);
	}

	/**
	 * Simple moving average of the last {@code period} values.
	 * @param source the values to average
	 * @param period the window, at least 1
	 * @return the SMA, first defined at the source's warm-up + period − 1
	 */
	public static Indicator sma(Indicator source, int period) {
		return new SmaIndicator(source, period);
	}

	/**
	 * Exponential moving average, α = 2/(period+1), SMA seed.
	 * @param source the values to average
	 * @param period the period, at least 1
	 * @return the EMA, first defined at the source's warm-up + period − 1
	 */
	public static Indicator ema(Indicator source, int period) {
		return new EmaIndicator(source, period);
	}

	/**
	 * Wilder's RSI.
	 * @param source the prices
	 * @param period the period, 14 by convention
	 * @return the RSI in [0, 100], first defined at the source's warm-up + period
	 */
	public static Indicator rsi(Indicator source, int period) {
		return new RsiIndicator(source, period);
	}

	/**
	 * MACD with TA-Lib seeding.
	 * @param source the prices
	 * @param fast the fast EMA period, 12 by convention
	 * @param slow the slow EMA period, 26 by convention, greater than fast
	 * @param signal the signal EMA period, 9 by convention
	 * @return line, signal and histogram
	 */
	public static Macd macd(Indicator source, int fast, int slow, int signal) {
		requirePeriod("MACD fast period", fast);
		requirePeriod("MACD signal period", signal);
		if (slow <= fast) {
			throw new IllegalArgumentException(
					"MACD slow period must be greater than the fast period " + fast + ", was " + slow);
		}
		int seedIndex = source.unstableBars() + slow - 1;
		Indicator line = new CombinedIndicator(new EmaIndicator(source, fast, seedIndex),
				new EmaIndicator(source, slow, seedIndex), -1);
		Indicator signalLine = new EmaIndicator(line, signal);
		return new Macd(line, signalLine, new CombinedIndicator(line, signalLine, -1));
	}

	/**
	 * Bollinger Bands with population σ.
	 * @param source the prices
	 * @param period the window, 20 by convention
	 * @param width the band width in standard deviations, 2 by convention
	 * @return middle, upper and lower band
	 */
	public static BollingerBands bollinger(Indicator source, int period, double width) {
		if (!(width > 0) || !Double.isFinite(width)) {
			throw new IllegalArgumentException("Bollinger width must be positive and finite, was " + width);
		}
		Indicator middle = new SmaIndicator(source, period);
		Indicator deviation = new StandardDeviationIndicator(source, period);
		return new BollingerBands(middle, new CombinedIndicator(middle, deviation, width),
				new CombinedIndicator(middle, deviation, -width));
	}

	/**
	 * {@link #sma(Indicator, int)} on an array of positive finite prices.
	 * @param prices the prices, oldest first
	 * @param period the window
	 * @return the SMA, NaN before index period − 1
	 */
	public static double[] sma(double[] prices, int period) {
		return sma(price(PriceSeries.ofValues(prices)), period).toArray();
	}

	/**
	 * {@link #ema(Indicator, int)} on an array of positive finite prices.
	 * @param prices the prices, oldest first
	 * @param period the period
	 * @return the EMA, NaN before index period − 1
	 */
	public static double[] ema(double[] prices, int period) {
		return ema(price(PriceSeries.ofValues(prices)), period).toArray();
	}

	/**
	 * {@link #rsi(Indicator, int)} on an array of positive finite prices.
	 * @param prices the prices, oldest first
	 * @param period the period, 14 by convention
	 * @return the RSI, NaN before index period
	 */
	public static double[] rsi(double[] prices, int period) {
		return rsi(price(PriceSeries.ofValues(prices)), period).toArray();
	}

	/**
	 * {@link #macd(Indicator, int, int, int)} on an array of positive finite prices, with
	 * all three outputs starting at slow + signal − 2 as TA-Lib aligns them.
	 * @param prices the prices, oldest first
	 * @param fast the fast period
	 * @param slow the slow period
	 * @param signal the signal period
	 * @return line, signal and histogram arrays
	 */
	public static Macd.Values macd(double[] prices, int fast, int slow, int signal) {
		Macd macd = macd(price(PriceSeries.ofValues(prices)), fast, slow, signal);
		double[] line = macd.line().toArray();
		Arrays.fill(line, 0, Math.min(line.length, macd.signal().unstableBars()), Double.NaN);
		return new Macd.Values(line, macd.signal().toArray(), macd.histogram().toArray());
	}

	/**
	 * {@link #bollinger(Indicator, int, double)} on an array of positive finite prices.
	 * @param prices the prices, oldest first
	 * @param period the window
	 * @param width the band width in standard deviations
	 * @return middle, upper and lower band arrays, NaN before index period − 1
	 */
	public static BollingerBands.Values bollinger(double[] prices, int period, double width) {
		BollingerBands bands = bollinger(price(PriceSeries.ofValues(prices)), period, width);
		return new BollingerBands.Values(bands.middle().toArray(), bands.upper().toArray(), bands.lower().toArray());
	}

	static void requirePeriod(String name, int period) {
		if (period < 1) {
			throw new IllegalArgumentException(name + " must be at least 1, was " + period);
		}
	}

}
