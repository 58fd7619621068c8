package io.cryptoviz.scraper.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces calls to one provider evenly ({@code 60 s / callsPerMinute} apart) and holds
 * every caller back after a 429 until the provider's Retry-After has passed. Shared by
 * the regular cycle and the backfill of the same provider, because the provider counts
 * them together.
 */
public final class RateLimiter {

	private final Duration spacing;

	private final Clock clock;

	private final Sleeper sleeper;

	private Instant nextSlot = Instant.MIN;

	public RateLimiter(int callsPerMinute, Clock clock, Sleeper sleeper) {
		if (callsPerMinute < 1) {
			throw new IllegalArgumentException("callsPerMinute must be at least 1, was " + callsPerMinute);
		}
		this.spacing = Duration.ofMinutes(1).dividedBy(callsPerMinute);
		this.clock = clock;
		this.sleeper = sleeper;
	}

	public Duration spacing() {
		return this.spacing;
	}

	/** Blocks until this caller may make one call. */
	public void acquire() throws InterruptedException {
		Instant slot;
		synchronized (this) {
			Instant now = this.clock.instant();
			slot = this.nextSlot.isAfter(now) ? this.nextSlot : now;
			this.nextSlot = slot.plus(this.spacing);
		}
		Duration wait = Duration.between(this.clock.instant(), slot);
		if (wait.isPositive()) {
			this.sleeper.sleep(wait);
		}
	}

	/** No call may start before {@code instant} (after a 429). */
	public synchronized void pauseUntil(Instant instant) {
		if (instant.isAfter(this.nextSlot)) {
			this.nextSlot = instant;
		}
	}

}
