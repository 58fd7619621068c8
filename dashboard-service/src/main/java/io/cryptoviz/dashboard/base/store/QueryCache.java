package io.cryptoviz.dashboard.base.store;

import java.time.Clock;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cryptoviz.dashboard.base.DashboardSettings;

import org.springframework.stereotype.Component;

/**
 * Results per query for {@code cryptoviz.dashboard.cache-ttl}. Concurrent misses on the
 * same key wait for one read, so fifty open pages refreshing together cost one query.
 * Only ready results are kept: "busy" and "no data yet" are asked again next time.
 */
@Component
class QueryCache {

	private final Cache<Object, Object> results;

	QueryCache(DashboardSettings settings, Clock clock) {
		this.results = Caffeine.newBuilder()
			.expireAfterWrite(settings.cacheTtl())
			.maximumSize(2_000)
			.ticker(() -> clock.instant().toEpochMilli() * 1_000_000L)
			.build();
	}

	@SuppressWarnings("unchecked")
	<T> StoreResult<T> get(Object key, Supplier<StoreResult<T>> read) {
		try {
			return new StoreResult.Ready<>((T) this.results.get(key, k -> {
				StoreResult<T> result = read.get();
				if (result instanceof StoreResult.Ready<T>(T value)) {
					return value;
				}
				throw new StoreUnavailableException(result);
			}));
		}
		catch (StoreUnavailableException ex) {
			return ex.result();
		}
	}

	void clear() {
		this.results.invalidateAll();
	}

}
