package io.cryptoviz.model.retry;

import java.time.Duration;

/**
 * Waits between attempts. {@link #THREAD} really sleeps; a test passes a virtual clock's
 * advance instead.
 */
@FunctionalInterface
public interface Pause {

	/** Sleeps the current thread. */
	Pause THREAD = Thread::sleep;

	void sleep(Duration duration) throws InterruptedException;

}
