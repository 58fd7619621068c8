package io.cryptoviz.ml.indicator;

import io.cryptoviz.ml.series.PriceSeries;

/**
 * A value per index of a price series, computed from data up to that index only.
 * <p>
 * Indices before {@link #unstableBars()} are the warm-up: the value there is
 * {@link Double#NaN}, never zero. Warm-up lengths compose: they add along a chain (an SMA
 * of a momentum) and take the maximum across branches (a difference of two averages).
 */
public interface Indicator {

	/**
	 * The value at {@code index}, using only points {@code 0..index}.
	 * @param index 0-based index into {@link #series()}
	 * @return the value, or NaN during the warm-up or where the formula is undefined
	 */
	double value(int index);

	/**
	 * The warm-up length, equal to the first index that can hold a value.
	 * @return the number of leading indices that are always NaN
	 */
	int unstableBars();

	/**
	 * The series this indicator is computed on.
	 * @return the series
	 */
	PriceSeries series();

	/**
	 * All values, oldest first, NaN during the warm-up.
	 * @return a fresh array the caller owns
	 */
	default double[] toArray() {
		double[] values = new double[series().size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value(i);
		}
		return values;
	}

}
