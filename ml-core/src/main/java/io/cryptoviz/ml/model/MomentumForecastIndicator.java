package io.cryptoviz.ml.model;

import io.cryptoviz.ml.indicator.CachedIndicator;
import io.cryptoviz.ml.indicator.Indicator;

/**
 * Momentum forecast: p + rate · k, clamped at 0, where rate = (mean of the last s
 * momentum values) / m is the price change per step and k is the horizon in steps.
 * <p>
 * This corrects the original product, which multiplied a per-step slope by the horizon in
 * hours (wrong by a factor of 12 on 5-minute data) and divided the momentum by a fixed 14
 * whatever the configured period. Here a momentum over m steps becomes a rate per step by
 * dividing by m, and the rate is extrapolated over the k steps of the horizon, so the
 * forecast means the same thing at every sampling interval and period. The first value is
 * at index m + s − 1: the warm-ups of momentum (m) and its s-value average add up.
 */
final class MomentumForecastIndicator extends CachedIndicator {

	private final Indicator price;

	private final Indicator smoothedMomentum;

	private final int period;

	private final int steps;

	MomentumForecastIndicator(Indicator price, Indicator smoothedMomentum, int period, int steps) {
		super(price.series());
		this.price = price;
		this.smoothedMomentum = smoothedMomentum;
		this.period = period;
		this.steps = steps;
	}

	@Override
	protected double calculate(int index) {
		if (index < unstableBars()) {
			return Double.NaN;
		}
		return Math.max(0, this.price.value(index) + ratePerStep(index) * this.steps);
	}

	/**
	 * The expected price change per step at {@code index}.
	 * @param index the origin
	 * @return mean momentum / m
	 */
	double ratePerStep(int index) {
		return this.smoothedMomentum.value(index) / this.period;
	}

	@Override
	public int unstableBars() {
		return Math.max(this.price.unstableBars(), this.smoothedMomentum.unstableBars());
	}

}
