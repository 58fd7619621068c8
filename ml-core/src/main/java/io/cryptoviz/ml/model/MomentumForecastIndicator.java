package io.cryptoviz.ml.model;

import java.time.Instant;
import java.util.List;

import io.cryptoviz.ml.indicator.CachedIndicator;
import io.cryptoviz.ml.indicator.Indicator;
import io.cryptoviz.ml.series.TimedValue;

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

	/**
	 * The momentum's forecast path: p_i + rate · j at step j, clamped at 0, a straight
	 * line from the price to the forecast.
	 * @param index an origin where the forecast is defined
	 * @param stepTimes the k instants of the path
	 * @return k points
	 * @see ForecastPath
	 */
	List<TimedValue> path(int index, Instant[] stepTimes) {
		double price = series().price(index);
		double rate = ratePerStep(index);
		TimedValue[] path = new TimedValue[stepTimes.length];
		for (int step = 1; step <= path.length; step++) {
			path[step - 1] = new TimedValue(stepTimes[step - 1], Math.max(0, price + rate * step));
		}
		return List.of(path);
	}

	@Override
	public int unstableBars() {
		return Math.max(this.price.unstableBars(), this.smoothedMomentum.unstableBars());
	}

}
