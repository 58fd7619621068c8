package io.cryptoviz.dashboard.api;

import java.time.Duration;

import io.cryptoviz.dashboard.base.store.StoreResult;

/**
 * The store could not answer: busy past the retry bound, not written yet, or unreadable.
 * Answered with 503 and a Retry-After.
 */
final class StoreNotReadyException extends RuntimeException {

	private final StoreResult<?> result;

	StoreNotReadyException(StoreResult<?> result) {
		super(describe(result), null, false, false);
		this.result = result;
	}

	StoreResult<?> result() {
		return this.result;
	}

	/**
	 * @return seconds a client should wait before trying again
	 */
	long retryAfterSeconds() {
		return (this.result instanceof StoreResult.Busy<?>) ? 5 : 60;
	}

	/**
	 * @param <T> the data type
	 * @param result a read
	 * @return its value
	 * @throws StoreNotReadyException unless it is ready
	 */
	static <T> T valueOf(StoreResult<T> result) {
		if (result instanceof StoreResult.Ready<T>(T value)) {
			return value;
		}
		throw new StoreNotReadyException(result);
	}

	private static String describe(StoreResult<?> result) {
		return switch (result) {
			case StoreResult.Busy<?>(int attempts, Duration waited) -> "the data store is busy: the consumer held its "
					+ "write lock for " + waited.toMillis() + " ms over " + attempts + " attempts; try again shortly";
			case StoreResult.Waiting<?>(String reason) -> "no data stored yet (" + reason + ")";
			case StoreResult.Failed<?> failed -> "the data store could not be read; the dashboard log says why";
			case StoreResult.Ready<?> ready -> "ready";
		};
	}

}
