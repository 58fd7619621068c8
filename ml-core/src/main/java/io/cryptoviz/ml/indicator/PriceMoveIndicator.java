package io.cryptoviz.ml.indicator;

/**
 * One side of the bar-to-bar move d_i = x_i − x_{i−1}: the gain max(d, 0) or the loss
 * max(−d, 0), both non-negative as in Wilder's RSI. Warm-up: the source's plus one.
 */
final class PriceMoveIndicator extends CachedIndicator {

	private final Indicator source;

	private final boolean gains;

	private PriceMoveIndicator(Indicator source, boolean gains) {
		super(source.series());
		this.source = source;
		this.gains = gains;
	}

	static PriceMoveIndicator gains(Indicator source) {
		return new PriceMoveIndicator(source, true);
	}

	static PriceMoveIndicator losses(Indicator source) {
		return new PriceMoveIndicator(source, false);
	}

	@Override
	protected double calculate(int index) {
		if (index < unstableBars()) {
			return Double.NaN;
		}
		double move = this.source.value(index) - this.source.value(index - 1);
		return Math.max(this.gains ? move : -move, 0);
	}

	@Override
	public int unstableBars() {
		return this.source.unstableBars() + 1;
	}

}
