package io.cryptoviz.ml.model;

import io.cryptoviz.ml.indicator.CachedIndicator;
import io.cryptoviz.ml.indicator.Indicator;

/**
 * Momentum: mom_i = x_i − x_{i−m}, the change over the last m steps. Warm-up: the
 * source's plus m.
 */
final class MomentumIndicator extends CachedIndicator {

	private final Indicator source;

	private final int period;

	MomentumIndicator(Indicator source, int period) {
		super(source.series());
		this.source = source;
		this.period = period;
	}

	@Override
	protected double calculate(int index) {
		if (index < unstableBars()) {
			return Double.NaN;
		}
		return this.source.value(index) - this.source.value(index - this.period);
	}

	@Override
	public int unstableBars() {
		return this.source.unstableBars() + this.period;
	}

}
