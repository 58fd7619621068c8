package io.cryptoviz.scraper.base;

import java.time.Duration;

/**
 * Waits. Every retry, backoff and rate-limit pause goes through it, so tests can move a
 * clock forward instead of really waiting a minute.
 */
@FunctionalInterface
public interface Sleeper {

	/** Sleeps on the calling thread; interruption ends the wait early. */
	Sleeper REAL = (duration) -> Thread.sleep(duration);

	void sleep(Duration duration) throws InterruptedException;

}
