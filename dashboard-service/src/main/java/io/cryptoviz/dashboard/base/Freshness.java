package io.cryptoviz.dashboard.base;

import java.time.Duration;
import java.time.Instant;

/** How recent the newest quote is, against {@code cryptoviz.dashboard.freshness}. */
public enum Freshness {

	/** Younger than {@code fresh} (10 min by default): the pipeline keeps up. */
	FRESH,

	/** Between {@code fresh} and {@code stale}: a poll or two was missed. */
	LATE,

	/** Older than {@code stale} (30 min by default): the pipeline has stopped. */
	STALE;

	/**
	 * @param newest newest quote timestamp
	 * @param now the current time
	 * @param limits the configured limits
	 * @return the classification
	 */
	public static Freshness of(Instant newest, Instant now, DashboardSettings.Freshness limits) {
		Duration age = Duration.between(newest, now);
		if (age.compareTo(limits.fresh()) < 0) {
			return FRESH;
		}
		return (age.compareTo(limits.stale()) < 0) ? LATE : STALE;
	}

}
