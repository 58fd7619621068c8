package io.cryptoviz.dashboard.base.store;

/**
 * Carries a non-ready {@link StoreResult} out of a cache loader, so that waiting, busy
 * and failed reads are never cached.
 */
final class StoreUnavailableException extends RuntimeException {

	private final transient StoreResult<?> result;

	StoreUnavailableException(StoreResult<?> result) {
		super(result.toString(), null, false, false);
		this.result = result;
	}

	@SuppressWarnings("unchecked")
	<T> StoreResult<T> result() {
		return (StoreResult<T>) this.result;
	}

}
