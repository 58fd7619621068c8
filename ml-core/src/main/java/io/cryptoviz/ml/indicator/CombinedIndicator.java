package io.cryptoviz.ml.indicator;

/**
 * a(i) + factor · b(i): a difference (MACD line, histogram) with factor −1, a Bollinger
 * band (middle ± 2σ) with factor ±2. Warm-up: the longer of the two branches.
 */
final class CombinedIndicator extends CachedIndicator {

	private final Indicator base;

	private final Indicator offset;

	private final double factor;

	CombinedIndicator(Indicator base, Indicator offset, double factor) {
		super(base.series());
		if (base.series() != offset.series()) {
			throw new IllegalArgumentException("indicators to combine must share one series");
		}
		this.base = base;
		this.offset = offset;
		this.factor = factor;
	}

	@Override
	protected double calculate(int index) {
		if (index < unstableBars()) {
			return Double.NaN;
		}
		return this.base.value(index) + this.factor * this.offset.value(index);
	}

	@Override
	public int unstableBars() {
		return Math.max(this.base.unstableBars(), this.offset.unstableBars());
	}

}
