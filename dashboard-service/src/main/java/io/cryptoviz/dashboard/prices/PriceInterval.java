package io.cryptoviz.dashboard.prices;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How finely an export is sampled ({@code interval=}): every stored quote, or each
 * source's average per bucket. Each has a default period and a longest period, so a
 * request without {@code from} stays small and none reads without end.
 */
public enum PriceInterval {

	/** Every stored quote, at the time its source stamped it. */
	RAW("raw", null, Duration.ofDays(1), Duration.ofDays(366)),

	/** The average per 5 minutes, the scraper's poll period. */
	FIVE_MINUTES("5m", Duration.ofMinutes(5), Duration.ofDays(1), Duration.ofDays(366)),

	/** The average per hour. */
	HOUR("1h", Duration.ofHours(1), Duration.ofDays(30), Duration.ofDays(3660)),

	/** The average per UTC day. */
	DAY("1d", Duration.ofDays(1), Duration.ofDays(366), Duration.ofDays(3660));

	/** The accepted values, for documentation and errors. */
	public static final String ALLOWED = "one of raw, 5m, 1h, 1d";

	// A slice holds about a month of 5-minute quotes per source: a few MB at most, and a
	// read of some tens of milliseconds, so the consumer waits no longer for it than for
	// a
	// page.
	private static final Duration RAW_SLICE = Duration.ofDays(30);

	private static final int BUCKETS_PER_SLICE = 8640;

	private final String param;

	private final @Nullable Duration bucket;

	private final Duration defaultSpan;

	private final Duration maxSpan;

	PriceInterval(String param, @Nullable Duration bucket, Duration defaultSpan, Duration maxSpan) {
		this.param = param;
		this.bucket = bucket;
		this.defaultSpan = defaultSpan;
		this.maxSpan = maxSpan;
	}

	/**
	 * @return the API value
	 */
	public String param() {
		return this.param;
	}

	/**
	 * @return the bucket width, or null for every stored quote
	 */
	public @Nullable Duration bucket() {
		return this.bucket;
	}

	/**
	 * @return the period read when {@code from} is not given
	 */
	public Duration defaultSpan() {
		return this.defaultSpan;
	}

	/**
	 * @return the longest period one request may read
	 */
	public Duration maxSpan() {
		return this.maxSpan;
	}

	/**
	 * @return the length of one slice of the period, a whole number of buckets
	 */
	Duration slice() {
		return (this.bucket == null) ? RAW_SLICE : this.bucket.multipliedBy(BUCKETS_PER_SLICE);
	}

	/**
	 * @param value the API value, any case
	 * @return the interval it names
	 */
	public static Optional<PriceInterval> fromParam(String value) {
		return Arrays.stream(values()).filter(i -> i.param.equalsIgnoreCase(value)).findFirst();
	}

}
