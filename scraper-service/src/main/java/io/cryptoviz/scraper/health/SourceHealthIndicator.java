package io.cryptoviz.scraper.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import io.cryptoviz.scraper.base.SourceStatus;

/**
 * Freshness of one source: {@code UP} when its last successful cycle is recent,
 * {@code STALE} when an enabled source has not delivered for {@value #STALE_CYCLES}
 * intervals, {@code DISABLED} when it is off (no key, refused key, switched off).
 * <p>
 * STALE and DISABLED are custom codes on purpose: the root health aggregator ignores
 * codes it does not order, so a rate-limited provider does not mark the scraper itself
 * DOWN (it still runs, queues and publishes). The {@code freshness} health group orders
 * STALE first and maps it to 503 for anyone who wants to alert on data freshness.
 */
final class SourceHealthIndicator implements HealthIndicator {

	static final Status STALE = new Status("STALE",
			"no successful cycle for " + SourceHealthIndicator.STALE_CYCLES + " intervals");

	static final Status DISABLED = new Status("DISABLED");

	static final int STALE_CYCLES = 3;

	private final SourceStatus status;

	private final Duration interval;

	private final Clock clock;

	SourceHealthIndicator(SourceStatus status, Duration interval, Clock clock) {
		this.status = status;
		this.interval = interval;
		this.clock = clock;
	}

	@Override
	public Health health() {
		String disabled = this.status.disabledReason();
		if (disabled != null) {
			return Health.status(DISABLED).withDetail("reason", disabled).build();
		}
		Instant now = this.clock.instant();
		Instant lastSuccess = this.status.lastSuccess();
		Instant reference = (lastSuccess != null) ? lastSuccess : this.status.createdAt();
		Duration age = Duration.between(reference, now);
		Health.Builder health;
		if (age.compareTo(this.interval.multipliedBy(STALE_CYCLES)) > 0) {
			health = Health.status(STALE);
		}
		else {
			health = (lastSuccess != null) ? Health.up() : Health.unknown().withDetail("note", "no cycle finished yet");
		}
		health.withDetail("lastSuccess", (lastSuccess != null) ? lastSuccess.toString() : "never")
			.withDetail("secondsSinceLastSuccess", (lastSuccess != null) ? age.toSeconds() : -1)
			.withDetail("interval", this.interval.toString());
		String failure = this.status.lastFailure();
		if (failure != null) {
			health.withDetail("lastFailure", failure);
		}
		return health.build();
	}

}
