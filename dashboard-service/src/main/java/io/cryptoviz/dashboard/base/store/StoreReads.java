package io.cryptoviz.dashboard.base.store;

import io.cryptoviz.store.read.NotReadable;

/** Turns the store module's reasons for no data into the states the pages show. */
final class StoreReads {

	private StoreReads() {
	}

	static <T> StoreResult<T> result(Read<T> read) {
		try {
			return new StoreResult.Ready<>(read.run());
		}
		catch (NotReadable.NoDataYet ex) {
			return new StoreResult.Waiting<>(ex.getMessage());
		}
		catch (NotReadable.Busy ex) {
			return new StoreResult.Busy<>(ex.attempts(), ex.waited());
		}
		catch (NotReadable.Unreadable ex) {
			return new StoreResult.Failed<>(ex.getMessage());
		}
		catch (NotReadable ex) {
			throw new IllegalStateException("unknown reason " + ex, ex);
		}
	}

	/**
	 * One read through the store module.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	interface Read<T> {

		T run() throws NotReadable;

	}

}
