package io.cryptoviz.ml.indicator;

/**
 * Standard deviation of the last n values of an indicator, computed in two passes (the
 * mean, then the squared deviations from it) for accuracy: the one implementation in
 * ml-core.
 * <ul>
 * <li>Sample form, s = sqrt(Σ(x − mean)² / (n − 1)): the confidence's volatility factor
 * (s20) and the history window's volatility metric, as the original product computed
 * them.</li>
 * <li>Population form, σ = sqrt(Σ(x − mean)² / n): the Bollinger bands, as TA-Lib's
 * BBANDS and ta4j's Bollinger facade use it.</li>
 * </ul>
 * Public only for the sample form, whose callers live in the consensus and analysis
 * packages.
 */
public final class StandardDeviation {

	private StandardDeviation() {
	}

	/**
	 * The sample standard deviation (n − 1) of the {@code count} values ending at
	 * {@code index}.
	 * @param source the values
	 * @param index the last value's index
	 * @param count the number of values n, at least 2
	 * @return s, 0 or more
	 */
	public static double sample(Indicator source, int index, int count) {
		if (count < 2) {
			throw new IllegalArgumentException("sample standard deviation needs at least 2 values, got " + count);
		}
		return rootMeanSquare(source, index, count, count - 1);
	}

	/**
	 * The population standard deviation (n) of the {@code count} values ending at
	 * {@code index}.
	 * @param source the values
	 * @param index the last value's index
	 * @param count the number of values n, at least 1
	 * @return σ, 0 or more
	 */
	static double population(Indicator source, int index, int count) {
		return rootMeanSquare(source, index, count, count);
	}

	/**
	 * The mean the deviations are measured from, summed oldest first.
	 * @param source the values
	 * @param index the last value's index
	 * @param count the number of values n, at least 1
	 * @return the arithmetic mean
	 */
	public static double mean(Indicator source, int index, int count) {
		double sum = 0;
		for (int j = index - count + 1; j <= index; j++) {
			sum += source.value(j);
		}
		if (Double.isInfinite(sum)) {
			// Finite values near Double.MAX_VALUE: their sum overflows, their shares do
			// not.
			sum = 0;
			for (int j = index - count + 1; j <= index; j++) {
				sum += source.value(j) / count;
			}
			return sum;
		}
		return sum / count;
	}

	// √(Σ(x − mean)² / divisor). Squaring deviations above ~1e154 overflows, so then
	// they are scaled by the largest one first; otherwise the plain sum stays bit for bit
	// what it was.
	private static double rootMeanSquare(Indicator source, int index, int count, int divisor) {
		double mean = mean(source, index, count);
		double squares = 0;
		double largest = 0;
		for (int j = index - count + 1; j <= index; j++) {
			double deviation = source.value(j) - mean;
			squares += deviation * deviation;
			largest = Math.max(largest, Math.abs(deviation));
		}
		if (!Double.isInfinite(squares)) {
			return Math.sqrt(squares / divisor);
		}
		double scaled = 0;
		for (int j = index - count + 1; j <= index; j++) {
			double share = (source.value(j) - mean) / largest;
			scaled += share * share;
		}
		return largest * Math.sqrt(scaled / divisor);
	}

}
