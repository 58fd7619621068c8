package io.cryptoviz.dashboard.base;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the dashboard, bound from {@code cryptoviz.dashboard.*}. A value
 * outside its range stops startup with a message that names it.
 *
 * @param databasePath the DuckDB file the consumer writes ({@code CRYPTOVIZ_DB_PATH})
 * @param cacheTtl how long a query result is reused before the file is read again
 * @param maxPoints most points any chart series may have; longer periods are averaged
 * into wider time buckets in SQL
 * @param autoRefresh how often open pages with auto-refresh on reload their data
 * @param lock how long to wait for the consumer's write lock
 * @param freshness when the newest data counts as fresh, late or stale
 */
@Validated
@ConfigurationProperties("cryptoviz.dashboard")
public record DashboardSettings(@NotNull Path databasePath,
		@DefaultValue("30s") @DurationMin(seconds = 1, message = "must be between 1s and 10m") @DurationMax(
				minutes = 10, message = "must be between 1s and 10m") Duration cacheTtl,
		@DefaultValue("1000") @Min(value = 50, message = "must be between 50 and 5000") @Max(value = 5000,
				message = "must be between 50 and 5000") int maxPoints,
		@DefaultValue("60s") @DurationMin(seconds = 5, message = "must be between 5s and 1h") @DurationMax(hours = 1,
				message = "must be between 5s and 1h") Duration autoRefresh,
		@DefaultValue @Valid Lock lock, @DefaultValue @Valid Freshness freshness) {

	/**
	 * Waiting for DuckDB's single-writer lock, which the consumer holds while it flushes.
	 *
	 * @param waitBound total time one read keeps retrying before the page says "busy"
	 * @param initialBackoff first pause between attempts; doubled up to maxBackoff, with
	 * jitter
	 * @param maxBackoff longest pause between two attempts
	 * @param uiRetry how long a page showing "busy" waits before it tries again
	 */
	public record Lock(
			@DefaultValue("3s") @DurationMin(millis = 100, message = "must be between 100ms and 30s") @DurationMax(
					seconds = 30, message = "must be between 100ms and 30s") Duration waitBound,
			@DefaultValue("20ms") @DurationMin(millis = 1, message = "must be between 1ms and 1s") @DurationMax(
					seconds = 1, message = "must be between 1ms and 1s") Duration initialBackoff,
			@DefaultValue("300ms") @DurationMin(millis = 10, message = "must be between 10ms and 5s") @DurationMax(
					seconds = 5, message = "must be between 10ms and 5s") Duration maxBackoff,
			@DefaultValue("5s") @DurationMin(seconds = 1, message = "must be between 1s and 5m") @DurationMax(
					minutes = 5, message = "must be between 1s and 5m") Duration uiRetry) {

		public Lock {
			if (initialBackoff != null && maxBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
				throw new IllegalArgumentException("cryptoviz.dashboard.lock.max-backoff (" + maxBackoff
						+ ") must not be shorter than cryptoviz.dashboard.lock.initial-backoff (" + initialBackoff
						+ ")");
			}
		}

	}

	/**
	 * Age limits of the newest quote: the scraper polls every 5 minutes, so data younger
	 * than {@code fresh} is on time and data older than {@code stale} means the pipeline
	 * has stopped.
	 *
	 * @param fresh newest data younger than this is green
	 * @param stale newest data older than this is red; between the two it is orange
	 */
	public record Freshness(
			@DefaultValue("10m") @DurationMin(minutes = 1, message = "must be between 1m and 1d") @DurationMax(days = 1,
					message = "must be between 1m and 1d") Duration fresh,
			@DefaultValue("30m") @DurationMin(minutes = 1, message = "must be between 1m and 7d") @DurationMax(days = 7,
					message = "must be between 1m and 7d") Duration stale) {

		public Freshness {
			if (fresh != null && stale != null && stale.compareTo(fresh) <= 0) {
				throw new IllegalArgumentException("cryptoviz.dashboard.freshness.stale (" + stale
						+ ") must be longer than cryptoviz.dashboard.freshness.fresh (" + fresh + ")");
			}
		}

	}

}
