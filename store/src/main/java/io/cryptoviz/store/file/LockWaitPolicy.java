package io.cryptoviz.store.file;

import java.time.Duration;

/**
 * How long to wait for the DuckDB file lock and when to say so.
 *
 * @param warnAfter waiting longer logs one WARN
 * @param errorAfter waiting longer logs an ERROR naming the holder, repeated at this
 * interval
 * @param giveUpAfter a wait whose next pause would end later fails with
 * {@link LockTimeoutException} instead; {@link Duration#ZERO} waits for ever, which is
 * what the consumer wants because its batch is safe in Redis meanwhile
 */
public record LockWaitPolicy(Duration warnAfter, Duration errorAfter, Duration giveUpAfter) {

	public LockWaitPolicy {
		if (warnAfter.isNegative() || errorAfter.compareTo(warnAfter) < 0 || giveUpAfter.isNegative()) {
			throw new IllegalArgumentException("need 0 <= warnAfter <= errorAfter and giveUpAfter >= 0, was "
					+ warnAfter + ", " + errorAfter + ", " + giveUpAfter);
		}
	}

	/**
	 * Waits for ever, warning after {@code warnAfter} and erring after
	 * {@code errorAfter}.
	 */
	public static LockWaitPolicy forever(Duration warnAfter, Duration errorAfter) {
		return new LockWaitPolicy(warnAfter, errorAfter, Duration.ZERO);
	}

	/**
	 * Gives up after {@code bound} without logging while it waits, for readers that
	 * report "busy" themselves.
	 */
	public static LockWaitPolicy quietlyWithin(Duration bound) {
		return new LockWaitPolicy(bound, bound, bound);
	}

	boolean givesUp() {
		return !this.giveUpAfter.isZero();
	}

}
