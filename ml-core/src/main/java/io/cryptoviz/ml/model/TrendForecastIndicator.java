package io.cryptoviz.ml.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.cryptoviz.ml.indicator.CachedIndicator;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.TimedValue;
import org.jspecify.annotations.Nullable;

/**
 * Trend forecast: the ordinary-least-squares line of price on time in hours, fitted to
 * the points of the trailing window (t_i − window, t_i], evaluated at t_i + H and clamped
 * at 0. Undefined (NaN) where the window holds fewer than
 * {@value ModelSettings#TREND_MIN_POINTS} points.
 * <p>
 * Time is regressed in hours, not in point indices, so gaps in the data do not bend the
 * line and the horizon is honoured exactly. Each fit costs O(1): the constructor builds
 * prefix sums of t, t², p and t·p, and a window's sums are differences of two prefixes.
 * To keep those sums from swallowing the signal, t is measured from the series' first
 * point and p from its first price; both shifts leave the slope unchanged. Prefix sums
 * only reach back, so the value at i depends on points up to i alone.
 */
final class TrendForecastIndicator extends CachedIndicator {

	private static final double MILLIS_PER_HOUR = 3_600_000.0;

	private final double horizonHours;

	private final double priceOffset;

	private final double[] sumT;

	private final double[] sumTT;

	private final double[] sumP;

	private final double[] sumTP;

	private final int[] windowStart;

	TrendForecastIndicator(PriceSeries series, Duration window, Duration horizon) {
		super(series);
		this.horizonHours = horizon.toMillis() / MILLIS_PER_HOUR;
		this.priceOffset = series.price(0);
		int n = series.size();
		this.sumT = new double[n + 1];
		this.sumTT = new double[n + 1];
		this.sumP = new double[n + 1];
		this.sumTP = new double[n + 1];
		this.windowStart = new int[n];
		long windowMillis = window.toMillis();
		int start = 0;
		for (int i = 0; i < n; i++) {
			double t = hours(i);
			double p = series.price(i) - this.priceOffset;
			this.sumT[i + 1] = this.sumT[i] + t;
			this.sumTT[i + 1] = this.sumTT[i] + t * t;
			this.sumP[i + 1] = this.sumP[i] + p;
			this.sumTP[i + 1] = this.sumTP[i] + t * p;
			while (series.epochMillis(start) <= series.epochMillis(i) - windowMillis) {
				start++;
			}
			this.windowStart[i] = start;
		}
	}

	@Override
	protected double calculate(int index) {
		TrendLine line = fit(index);
		return (line != null) ? Math.max(0, line.valueAt(hours(index) + this.horizonHours)) : Double.NaN;
	}

	@Override
	public int unstableBars() {
		return ModelSettings.TREND_MIN_POINTS - 1;
	}

	/**
	 * The line fitted to the window ending at {@code index}.
	 * @param index the origin
	 * @return the line, or null if the window holds too few points
	 */
	@Nullable TrendLine fit(int index) {
		int from = this.windowStart[index];
		int count = index + 1 - from;
		if (count < ModelSettings.TREND_MIN_POINTS) {
			return null;
		}
		double t = this.sumT[index + 1] - this.sumT[from];
		double tt = this.sumTT[index + 1] - this.sumTT[from];
		double p = this.sumP[index + 1] - this.sumP[from];
		double tp = this.sumTP[index + 1] - this.sumTP[from];
		double meanT = t / count;
		double meanP = p / count;
		double sxx = tt - t * meanT;
		double sxy = tp - t * meanP;
		return new TrendLine(meanT, meanP + this.priceOffset, sxy / sxx);
	}

	/**
	 * The trend's forecast path: the line fitted at i, followed from t_i to the horizon,
	 * clamped at 0. The line is fitted once for the whole path.
	 * @param index an origin where the forecast is defined
	 * @param stepTimes the k instants of the path
	 * @return k points, the last one at t_i + H
	 * @see ForecastPath
	 */
	List<TimedValue> path(int index, Instant[] stepTimes) {
		TrendLine line = Objects.requireNonNull(fit(index), "no trend line at the origin");
		double originHours = hours(index);
		int steps = stepTimes.length;
		TimedValue[] path = new TimedValue[steps];
		for (int step = 1; step <= steps; step++) {
			path[step - 1] = new TimedValue(stepTimes[step - 1],
					Math.max(0, line.valueAt(originHours + this.horizonHours * step / steps)));
		}
		return List.of(path);
	}

	int windowStart(int index) {
		return this.windowStart[index];
	}

	/**
	 * Hours between the series' first point and point {@code index}.
	 * @param index the point
	 * @return the time coordinate the line is fitted on
	 */
	double hours(int index) {
		return (series().epochMillis(index) - series().epochMillis(0)) / MILLIS_PER_HOUR;
	}

	double horizonHours() {
		return this.horizonHours;
	}

	/**
	 * A fitted line p(t) = meanPrice + slope · (t − meanHours).
	 *
	 * @param meanHours mean time of the fitted points
	 * @param meanPrice mean price of the fitted points
	 * @param slopePerHour price change per hour
	 */
	record TrendLine(double meanHours, double meanPrice, double slopePerHour) {

		double valueAt(double hours) {
			return this.meanPrice + this.slopePerHour * (hours - this.meanHours);
		}

	}

}
