package io.cryptoviz.ml.series;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * An immutable price series of one asset: strictly increasing UTC timestamps (epoch
 * milliseconds) with positive finite prices, oldest first.
 * <p>
 * A final class rather than a record because it holds primitive arrays, which a record
 * would expose and compare by identity. Factories copy their input, accessors never hand
 * out the internal arrays, so instances can be shared freely between threads.
 * <p>
 * Over 200 lines because validation, merging and windowing all work on the two private
 * arrays (the merge builds its result without validating it again); moving one out would
 * hand the arrays to another class.
 */
public final class PriceSeries {

	private final long[] epochMillis;

	private final double[] prices;

	/**
	 * Computed on first use. A racy single check is safe: Duration is immutable, so any
	 * thread sees either null or a complete value, and all threads compute the same one.
	 */
	private @Nullable Duration samplingInterval;

	private PriceSeries(long[] epochMillis, double[] prices) {
		this.epochMillis = epochMillis;
		this.prices = prices;
	}

	/**
	 * Builds a series from parallel arrays.
	 * @param epochMillis UTC timestamps in epoch milliseconds, strictly increasing
	 * @param prices positive finite prices
	 * @return the validated series
	 * @throws IllegalArgumentException naming the first bad point if the input is empty,
	 * unsorted, has duplicate timestamps, or a price that is NaN, infinite, zero or
	 * negative
	 */
	public static PriceSeries of(long[] epochMillis, double[] prices) {
		Objects.requireNonNull(epochMillis, "epochMillis");
		Objects.requireNonNull(prices, "prices");
		if (epochMillis.length != prices.length) {
			throw new IllegalArgumentException("series needs one price per timestamp, got " + epochMillis.length
					+ " timestamps and " + prices.length + " prices");
		}
		if (epochMillis.length == 0) {
			throw new IllegalArgumentException("series must contain at least one point, was empty");
		}
		for (int i = 0; i < prices.length; i++) {
			if (!(prices[i] > 0) || !Double.isFinite(prices[i])) {
				throw new IllegalArgumentException("price at index " + i + " (" + Instant.ofEpochMilli(epochMillis[i])
						+ ") must be positive and finite, was " + prices[i]);
			}
			if (i > 0 && epochMillis[i] <= epochMillis[i - 1]) {
				throw new IllegalArgumentException("timestamp at index " + i + " ("
						+ Instant.ofEpochMilli(epochMillis[i]) + ") must be after the previous one ("
						+ Instant.ofEpochMilli(epochMillis[i - 1]) + "): timestamps must be strictly increasing");
			}
		}
		return new PriceSeries(epochMillis.clone(), prices.clone());
	}

	/**
	 * Builds a series from points, oldest first.
	 * @param points the points
	 * @return the validated series
	 * @throws IllegalArgumentException as {@link #of(long[], double[])}
	 */
	public static PriceSeries of(List<PricePoint> points) {
		long[] times = new long[points.size()];
		double[] values = new double[points.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = points.get(i).time().toEpochMilli();
			values[i] = points.get(i).price();
		}
		return of(times, values);
	}

	/**
	 * Builds a series from bare values on a synthetic one-millisecond grid, for the
	 * array-based indicator functions.
	 * @param values positive finite values
	 * @return the validated series
	 */
	public static PriceSeries ofValues(double[] values) {
		long[] times = new long[values.length];
		Arrays.setAll(times, i -> i);
		return of(times, values);
	}

	/**
	 * Merges two sources of the same asset onto a regular grid so charts and models never
	 * zig-zag between sources. See {@link #merge(List, Duration)}.
	 * @param a first source
	 * @param b second source
	 * @param interval bucket length, for example 5 minutes
	 * @return one point per bucket that holds data from at least one source
	 */
	public static PriceSeries merge(PriceSeries a, PriceSeries b, Duration interval) {
		return merge(List.of(a, b), interval);
	}

	/**
	 * Merges sources onto buckets aligned to multiples of {@code interval} since the
	 * epoch. Each point is stamped with its bucket's start. Within a bucket each source
	 * contributes the mean of its own prices there, and the bucket's price is the mean of
	 * those per-source means, so a source that reports more often does not outweigh the
	 * others. Buckets without data stay absent: gaps are not interpolated.
	 * @param sources the sources, at least one
	 * @param interval bucket length, positive
	 * @return the merged series
	 */
	public static PriceSeries merge(List<PriceSeries> sources, Duration interval) {
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("merge needs at least one source, got none");
		}
		long width = interval.toMillis();
		if (width <= 0) {
			throw new IllegalArgumentException("merge interval must be at least 1 ms, was " + interval);
		}
		TreeMap<Long, double[]> buckets = new TreeMap<>();
		for (PriceSeries source : sources) {
			TreeMap<Long, double[]> own = new TreeMap<>();
			for (int i = 0; i < source.size(); i++) {
				double[] sumCount = own.computeIfAbsent(Math.floorDiv(source.epochMillis[i], width),
						key -> new double[2]);
				sumCount[0] += source.prices[i];
				sumCount[1]++;
			}
			own.forEach((bucket, sumCount) -> {
				double[] total = buckets.computeIfAbsent(bucket, key -> new double[2]);
				total[0] += sumCount[0] / sumCount[1];
				total[1]++;
			});
		}
		long[] times = new long[buckets.size()];
		double[] values = new double[buckets.size()];
		int i = 0;
		for (var entry : buckets.entrySet()) {
			times[i] = entry.getKey() * width;
			values[i] = entry.getValue()[0] / entry.getValue()[1];
			i++;
		}
		return new PriceSeries(times, values);
	}

	public int size() {
		return this.prices.length;
	}

	public double price(int index) {
		return this.prices[index];
	}

	public long epochMillis(int index) {
		return this.epochMillis[index];
	}

	public Instant time(int index) {
		return Instant.ofEpochMilli(this.epochMillis[index]);
	}

	public double lastPrice() {
		return this.prices[this.prices.length - 1];
	}

	public Instant lastTime() {
		return time(size() - 1);
	}

	/**
	 * Returns a copy of the prices, oldest first.
	 * @return a fresh array the caller owns
	 */
	public double[] prices() {
		return this.prices.clone();
	}

	/**
	 * Returns the points, oldest first.
	 * @return an unmodifiable list
	 */
	public List<PricePoint> points() {
		List<PricePoint> points = new ArrayList<>(size());
		for (int i = 0; i < size(); i++) {
			points.add(new PricePoint(time(i), this.prices[i]));
		}
		return List.copyOf(points);
	}

	/**
	 * The sampling interval Δ: the median spacing between consecutive points (the mean of
	 * the two middle spacings when their number is even). The median rather than the mean
	 * keeps one gap in the data from changing the horizon's step count.
	 * @return the median spacing
	 * @throws IllegalStateException if the series has a single point
	 */
	public Duration samplingInterval() {
		if (size() < 2) {
			throw new IllegalStateException("sampling interval needs at least 2 points, has " + size());
		}
		Duration interval = this.samplingInterval;
		if (interval == null) {
			interval = medianSpacing();
			this.samplingInterval = interval;
		}
		return interval;
	}

	private Duration medianSpacing() {
		long[] gaps = new long[size() - 1];
		for (int i = 0; i < gaps.length; i++) {
			gaps[i] = this.epochMillis[i + 1] - this.epochMillis[i];
		}
		Arrays.sort(gaps);
		int mid = gaps.length / 2;
		long median = (gaps.length % 2 == 1) ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
		return Duration.ofMillis(median);
	}

	/**
	 * Converts a horizon into steps of the sampling interval: k = max(1, round(H / Δ)).
	 * @param horizon the forecast horizon H
	 * @return the number of steps k, at least 1; 1 for a single-point series
	 */
	public int stepsFor(Duration horizon) {
		if (size() < 2) {
			return 1;
		}
		double steps = (double) horizon.toMillis() / samplingInterval().toMillis();
		return (int) Math.max(1, Math.round(steps));
	}

	/**
	 * The trailing part of the series that lies within {@code window} of its last point:
	 * points with time &gt; last − window. For 72 hours of 5-minute data that is 864
	 * points.
	 * @param window the window length
	 * @return this series or its tail
	 */
	public PriceSeries tail(Duration window) {
		return fromIndex(firstIndexAfter(lastEpochMillis() - window.toMillis()));
	}

	/**
	 * The points from {@code from} (inclusive) to {@code to} (exclusive), copied without
	 * validating them again. Package-private: {@link #tail(Duration)} cuts with it, and
	 * so does the refit backtest in test sources, once per origin, where a validating
	 * public copy would double the cost of the reference the fast backtest is timed
	 * against.
	 * @param from first index
	 * @param to end index, exclusive
	 * @return the sub-series, or this series if the range covers all of it
	 */
	PriceSeries subSeries(int from, int to) {
		if (from < 0 || to > size() || from >= to) {
			throw new IllegalArgumentException(
					"sub-series [" + from + ", " + to + ") must be non-empty within [0, " + size() + ")");
		}
		if (from == 0 && to == size()) {
			return this;
		}
		return new PriceSeries(Arrays.copyOfRange(this.epochMillis, from, to),
				Arrays.copyOfRange(this.prices, from, to));
	}

	private PriceSeries fromIndex(int from) {
		return subSeries(Math.min(from, size() - 1), size());
	}

	private long lastEpochMillis() {
		return this.epochMillis[size() - 1];
	}

	private int firstIndexAfter(long epochMillis) {
		int index = Arrays.binarySearch(this.epochMillis, epochMillis);
		return (index >= 0) ? index + 1 : -index - 1;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof PriceSeries series) && Arrays.equals(this.epochMillis, series.epochMillis)
				&& Arrays.equals(this.prices, series.prices);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.epochMillis) + Arrays.hashCode(this.prices);
	}

	@Override
	public String toString() {
		return "PriceSeries[" + size() + " points, " + time(0) + " .. " + lastTime() + "]";
	}

}
