package io.cryptoviz.dashboard.base.store;

import io.cryptoviz.dashboard.base.DashboardSettings;
import io.cryptoviz.dashboard.base.DuckDbProperties;
import io.cryptoviz.model.retry.Backoff;
import io.cryptoviz.model.retry.Retry;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.read.KnownSources;
import io.cryptoviz.store.read.MarketReads;
import io.cryptoviz.store.read.ReadOnlyStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store module's read path, from {@code cryptoviz.dashboard.*}. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	/**
	 * Real time, not the application's {@code Clock}: the writer is another process, so
	 * its lock is held for real seconds even when a test moves the page clock. A test
	 * replaces this bean to wait on a virtual clock.
	 */
	@Bean
	Retry storeLockRetry(DashboardSettings settings) {
		DashboardSettings.Lock lock = settings.lock();
		return Retry.inRealTime(new Backoff(lock.initialBackoff(), lock.maxBackoff(), 0.5));
	}

	@Bean
	MarketReads marketReads(DashboardSettings settings, DuckDbProperties duckDb, Retry storeLockRetry,
			KnownSources knownSources) {
		DuckDbFile file = new DuckDbFile(settings.databasePath(),
				LockWaitPolicy.quietlyWithin(settings.lock().waitBound()), storeLockRetry, duckDb.settings());
		return new MarketReads(new ReadOnlyStore(file), knownSources);
	}

}
