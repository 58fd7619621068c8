package io.cryptoviz.ml.indicator;

/**
 * Simple moving average: SMA_n(i) = (1/n) · Σ_{j=0..n−1} x_{i−j}.
 * <p>
 * TA-Lib convention: the first value is at the source's warm-up + n − 1, NaN before (ta4j
 * instead returns partial-window averages there). After the first full window the value
 * is updated with a running sum, SMA(i) = SMA(i−1) + (x_i − x_{i−n}) / n, so a whole
 * series costs O(n) whatever the period.
 */
final class SmaIndicator extends CachedIndicator {

	private final Indicator source;

	private final int period;

	private final int unstableBars;

	SmaIndicator(Indicator source, int period) {
		super(source.series());
		Indicators.requirePeriod("SMA period", period);
		this.source = source;
		this.period = period;
		this.unstableBars = source.unstableBars() + period - 1;
	}

	@Override
	protected double calculate(int index) {
		if (index < this.unstableBars) {
			return Double.NaN;
		}
		if (index == this.unstableBars) {
			double sum = 0;
			for (int j = index - this.period + 1; j <= index; j++) {
				sum += this.source.value(j);
			}
			return sum / this.period;
		}
		return value(index - 1) + (this.source.value(index) - this.source.value(index - this.period)) / this.period;
	}

	@Override
	public int unstableBars() {
		return this.unstableBars;
	}

}
