package io.cryptoviz.ml.indicator;

import java.util.Objects;

import io.cryptoviz.ml.series.PriceSeries;

/**
 * The one memoizing base class: subclasses implement only {@link #calculate(int)}.
 * <p>
 * Values are computed in index order, from the last computed index up to the requested
 * one, so a recursive formula (an EMA reading its own previous value) never recurses
 * deeper than one level and the value at an index can only depend on earlier indices. An
 * instance holds a per-series memo and is meant to be confined to one thread; build a
 * fresh chain per analysis rather than sharing one.
 */
public abstract class CachedIndicator implements Indicator {

	private final PriceSeries series;

	private final double[] values;

	private int highestComputed = -1;

	protected CachedIndicator(PriceSeries series) {
		this.series = Objects.requireNonNull(series, "series");
		this.values = new double[series.size()];
	}

	@Override
	public final double value(int index) {
		Objects.checkIndex(index, this.values.length);
		while (this.highestComputed < index) {
			int next = this.highestComputed + 1;
			this.values[next] = calculate(next);
			this.highestComputed = next;
		}
		return this.values[index];
	}

	@Override
	public final PriceSeries series() {
		return this.series;
	}

	/**
	 * Computes the value at {@code index}; every lower index is already memoized.
	 * @param index the index
	 * @return the value, NaN during the warm-up
	 */
	protected abstract double calculate(int index);

}
