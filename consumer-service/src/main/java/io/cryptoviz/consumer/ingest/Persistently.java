package io.cryptoviz.consumer.ingest;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a step until it succeeds, because giving up would mean dropping quotes: an
 * outage of Redis or a failing disk is logged once when it starts and once when it ends,
 * with backoff from one second up to thirty in between.
 */
final class Persistently {

	private static final Logger log = LoggerFactory.getLogger(Persistently.class);

	private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private Persistently() {
	}

	@FunctionalInterface
	interface Step<T> {

		T run() throws Exception;

	}

	static <T> T run(String what, Step<T> step) throws InterruptedException {
		Duration pause = FIRST_PAUSE;
		int failures = 0;
		while (true) {
			try {
				T result = step.run();
				if (failures > 0) {
					log.info("Could {} again after {} failed attempts", what, failures);
				}
				return result;
			}
			catch (InterruptedException ex) {
				throw ex;
			}
			catch (Exception ex) {
				if (Thread.currentThread().isInterrupted()) {
					throw new InterruptedException(what + " interrupted");
				}
				failures++;
				if (failures == 1) {
					log.error("Could not {}: {}; retrying every {} s at most, nothing is lost", what, ex.toString(),
							LONGEST_PAUSE.toSeconds());
				}
				Thread.sleep(pause);
				pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
			}
		}
	}

}
