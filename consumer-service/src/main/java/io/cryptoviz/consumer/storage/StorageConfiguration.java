package io.cryptoviz.consumer.storage;

import java.time.Clock;

import io.cryptoviz.consumer.base.ConsumerProperties;
import io.cryptoviz.consumer.base.DuckDbProperties;
import io.cryptoviz.model.retry.Pause;
import io.cryptoviz.model.retry.Retry;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.write.QuoteStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	DuckDbFile duckDbFile(ConsumerProperties properties, DuckDbProperties duckDb, Clock clock, Pause pause) {
		return new DuckDbFile(properties.databasePath(),
				LockWaitPolicy.forever(properties.lockWait().warnAfter(), properties.lockWait().errorAfter()),
				Retry.of(DuckDbFile.LOCK_BACKOFF, clock, pause), duckDb.settings());
	}

	@Bean
	QuoteStore quoteStore(DuckDbFile duckDbFile, Clock clock) {
		return new QuoteStore(duckDbFile, clock);
	}

	@Bean
	DuckDbHealthIndicator duckDbHealthIndicator(DuckDbFile duckDbFile, QuoteStore quoteStore) {
		return new DuckDbHealthIndicator(duckDbFile, quoteStore);
	}

}
