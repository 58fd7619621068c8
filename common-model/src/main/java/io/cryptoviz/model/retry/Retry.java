package io.cryptoviz.model.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Runs an attempt until it succeeds or its {@link Watcher} stops it, pausing by the
 * {@link Backoff} in between. Only failures of the retried type are offered to the
 * watcher; anything else, and an interruption, ends the loop at once.
 * <p>
 * Spring Framework 7's {@code RetryTemplate} was the first choice, but it sleeps with
 * {@code Thread.sleep} and measures its timeout on the system clock, so no test could
 * drive it on a virtual clock; the watcher here also sees how long the caller has waited,
 * which the lock waits need for their WARN, ERROR and give-up points.
 */
public final class Retry {

	private static final RandomGenerator THREAD_LOCAL_RANDOM = () -> ThreadLocalRandom.current().nextLong();

	private final Backoff backoff;

	private final Clock clock;

	private final Pause pause;

	private final RandomGenerator random;

	public Retry(Backoff backoff, Clock clock, Pause pause, RandomGenerator random) {
		this.backoff = backoff;
		this.clock = clock;
		this.pause = pause;
		this.random = random;
	}

	/**
	 * @param backoff the policy
	 * @return a retry on the system clock that really sleeps
	 */
	public static Retry inRealTime(Backoff backoff) {
		return of(backoff, Clock.systemUTC(), Pause.THREAD);
	}

	/**
	 * @param backoff the policy
	 * @param clock measures the waits
	 * @param pause waits between attempts
	 * @return a retry with a thread-local source of jitter
	 */
	public static Retry of(Backoff backoff, Clock clock, Pause pause) {
		return new Retry(backoff, clock, pause, THREAD_LOCAL_RANDOM);
	}

	public Backoff backoff() {
		return this.backoff;
	}

	/**
	 * @param <T> what the attempt returns
	 * @param <E> the failure type that may be retried
	 * @param retried the failure type that may be retried
	 * @param attempt the work
	 * @param watcher decides after each failure, and hears of a late success
	 * @return what the first successful attempt returned
	 * @throws E the failure the watcher stopped on (or threw instead)
	 * @throws InterruptedException if interrupted while pausing or attempting
	 */
	public <T, E extends Exception> T run(Class<E> retried, Attempt<T, E> attempt, Watcher<E> watcher)
			throws E, InterruptedException {
		Instant start = this.clock.instant();
		int failures = 0;
		while (true) {
			try {
				T result = attempt.run();
				if (failures > 0) {
					watcher.succeeded(failures, waitedSince(start));
				}
				return result;
			}
			catch (InterruptedException ex) {
				throw ex;
			}
			catch (Exception ex) {
				if (!retried.isInstance(ex)) {
					throw unchecked(ex);
				}
				failures++;
				Duration next = this.backoff.pause(failures, this.random);
				Failure<E> failure = new Failure<>(retried.cast(ex), failures, waitedSince(start), next);
				watcher.failed(failure);
				Duration pause = watcher.pauseAfter(failure);
				if (pause.isPositive()) {
					this.pause.sleep(pause);
				}
			}
		}
	}

	private Duration waitedSince(Instant start) {
		return Duration.between(start, this.clock.instant());
	}

	// The attempt declares only E, so anything else that reaches here is unchecked.
	private static RuntimeException unchecked(Exception ex) {
		return (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
	}

	/**
	 * One try of the work.
	 *
	 * @param <T> what it returns
	 * @param <E> how it fails
	 */
	@FunctionalInterface
	public interface Attempt<T, E extends Exception> {

		T run() throws E, InterruptedException;

	}

	/**
	 * Decides whether to go on, and says so in the log.
	 *
	 * @param <E> the retried failure type
	 */
	public interface Watcher<E extends Exception> {

		/**
		 * Called after each retried failure, before the pause.
		 * @param failure what failed, how often and for how long
		 * @throws E to stop: the failure's cause, or a clearer exception
		 * @throws InterruptedException to stop as if interrupted
		 */
		void failed(Failure<E> failure) throws E, InterruptedException;

		/**
		 * The pause before the next attempt: the backoff's unless the failure asks for
		 * longer (an HTTP Retry-After, say).
		 * @param failure the failure just offered to {@link #failed}
		 * @return how long to wait
		 */
		default Duration pauseAfter(Failure<E> failure) {
			return failure.pause();
		}

		/**
		 * Called when an attempt succeeds after at least one failure.
		 * @param failures the failures before it
		 * @param waited time since the first attempt started
		 */
		default void succeeded(int failures, Duration waited) {
		}

	}

	/**
	 * A failed attempt.
	 *
	 * @param <E> the failure type
	 * @param cause the failure
	 * @param failures failures so far, this one included
	 * @param waited time since the first attempt started
	 * @param pause the pause that follows unless the watcher stops
	 */
	public record Failure<E extends Exception>(E cause, int failures, Duration waited, Duration pause) {
	}

}
