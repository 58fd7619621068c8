package io.cryptoviz.consumer.ingest;

import java.time.Duration;

import io.cryptoviz.model.retry.Backoff;
import io.cryptoviz.model.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a step until it succeeds, because giving up would mean dropping quotes: an
 * outage of Redis or a failing disk is logged once when it starts and once when it ends,
 * with {@link #BACKOFF} in between.
 */
final class Persistently {

	/**
	 * One second, doubling up to thirty, without jitter: one consumer, nobody to spread.
	 */
	static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0);

	private static final Logger log = LoggerFactory.getLogger(Persistently.class);

	private final Retry retry;

	/**
	 * @param retry the loop, with {@link #BACKOFF} or a test's
	 */
	Persistently(Retry retry) {
		this.retry = retry;
	}

	static Persistently inRealTime() {
		return new Persistently(Retry.inRealTime(BACKOFF));
	}

	@FunctionalInterface
	interface Step<T> {

		T run() throws Exception;

	}

	<T> T run(String what, Step<T> step) throws InterruptedException {
		try {
			return this.retry.run(Exception.class, step::run, new Retry.Watcher<>() {

				@Override
				public void failed(Retry.Failure<Exception> failure) throws InterruptedException {
					if (Thread.currentThread().isInterrupted()) {
						throw new InterruptedException(what + " interrupted");
					}
					if (failure.failures() == 1) {
						log.error("Could not {}: {}; retrying every {} s at most, nothing is lost", what,
								failure.cause().toString(), Persistently.this.retry.backoff().longest().toSeconds());
					}
				}

				@Override
				public void succeeded(int failures, Duration waited) {
					log.info("Could {} again after {} failed attempts", what, failures);
				}

			});
		}
		catch (InterruptedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("a step retried for ever ended with " + ex, ex);
		}
	}

}
