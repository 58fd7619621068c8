package io.cryptoviz.ml.indicator;

/**
 * Wilder's smoothing (RMA, ta4j's MMA): A(i) = ((n−1) · A(i−1) + x_i) / n, an EMA with α
 * = 1/n. Seeded, as in TA-Lib's RSI, with the mean of the first n source values, so the
 * first value is at the source's warm-up + n − 1.
 */
final class WilderAverageIndicator extends CachedIndicator {

	private final Indicator source;

	private final Indicator seed;

	private final int period;

	private final int unstableBars;

	WilderAverageIndicator(Indicator source, int period) {
		super(source.series());
		Indicators.requirePeriod("Wilder period", period);
		this.source = source;
		this.seed = new SmaIndicator(source, period);
		this.period = period;
		this.unstableBars = source.unstableBars() + period - 1;
	}

	@Override
	protected double calculate(int index) {
		if (index < this.unstableBars) {
			return Double.NaN;
		}
		if (index == this.unstableBars) {
			return this.seed.value(index);
		}
		return (value(index - 1) * (this.period - 1) + this.source.value(index)) / this.period;
	}

	@Override
	public int unstableBars() {
		return this.unstableBars;
	}

}
