package io.cryptoviz.model.retry;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff: the pause after the first failure is {@code first}, doubling after
 * each further failure up to {@code longest}. With jitter, each pause is drawn uniformly
 * from {@code [(1 - jitter) * p, p]}, so many waiters knocking at the same lock spread
 * out instead of retrying together.
 *
 * @param first pause after the first failure
 * @param longest the cap
 * @param jitter 0 (exact pauses) to 1 (full jitter)
 */
public record Backoff(Duration first, Duration longest, double jitter) {

	public Backoff {
		if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
			throw new IllegalArgumentException("need 0 < first <= longest, were " + first + " and " + longest);
		}
		if (!(jitter >= 0 && jitter <= 1)) {
			throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
		}
	}

	/**
	 * @param failures failed attempts so far, at least 1
	 * @param random source of the jitter
	 * @return how long to wait before the next attempt
	 */
	public Duration pause(int failures, RandomGenerator random) {
		if (failures < 1) {
			throw new IllegalArgumentException("failures must be at least 1, was " + failures);
		}
		long nanos = this.first.toNanos();
		long cap = this.longest.toNanos();
		for (int i = 1; i < failures && nanos < cap; i++) {
			nanos = Math.min(nanos * 2, cap);
		}
		nanos = Math.min(nanos, cap);
		long spread = (long) (nanos * this.jitter);
		return Duration.ofNanos(nanos - ((spread > 0) ? random.nextLong(spread + 1) : 0));
	}

}
