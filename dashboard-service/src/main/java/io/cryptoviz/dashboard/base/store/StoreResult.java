package io.cryptoviz.dashboard.base.store;

import java.time.Duration;
import java.util.function.Function;

/**
 * The outcome of a read: data, or one of the expected reasons there is none. Pages show
 * each reason as a state; REST endpoints map them to status codes.
 *
 * @param <T> the data type
 */
public sealed interface StoreResult<T> {

	/**
	 * The data was read.
	 *
	 * @param <T> the data type
	 * @param value the data
	 */
	record Ready<T>(T value) implements StoreResult<T> {
	}

	/**
	 * Nothing to show yet: no file, no table or no rows. The consumer has not written
	 * anything; this is normal right after the first start.
	 *
	 * @param <T> the data type
	 * @param reason what is missing, for logs and tooltips
	 */
	record Waiting<T>(String reason) implements StoreResult<T> {
	}

	/**
	 * The consumer held the write lock for longer than the retry bound.
	 *
	 * @param <T> the data type
	 * @param attempts how many opens were tried
	 * @param waited how long the read waited in total
	 */
	record Busy<T>(int attempts, Duration waited) implements StoreResult<T> {
	}

	/**
	 * The file could not be read for another reason (for example it is damaged).
	 *
	 * @param <T> the data type
	 * @param message DuckDB's message
	 */
	record Failed<T>(String message) implements StoreResult<T> {
	}

	/**
	 * Transforms the data, keeping any other state.
	 * @param <R> the new data type
	 * @param mapper applied to ready data
	 * @return the mapped result
	 */
	@SuppressWarnings("unchecked")
	default <R> StoreResult<R> map(Function<? super T, ? extends R> mapper) {
		if (this instanceof Ready<T>(T value)) {
			return new Ready<>(mapper.apply(value));
		}
		return (StoreResult<R>) this;
	}

	/**
	 * Combines this ready result with the next read; any other state short-circuits.
	 * @param <R> the next data type
	 * @param next the next read, given this data
	 * @return the next result or this state
	 */
	@SuppressWarnings("unchecked")
	default <R> StoreResult<R> then(Function<? super T, StoreResult<R>> next) {
		if (this instanceof Ready<T>(T value)) {
			return next.apply(value);
		}
		return (StoreResult<R>) this;
	}

	/**
	 * @param fallback returned unless the data is ready
	 * @return the data or the fallback
	 */
	default T orElse(T fallback) {
		return (this instanceof Ready<T>(T value)) ? value : fallback;
	}

}
