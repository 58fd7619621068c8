package io.cryptoviz.consumer.storage;

import java.time.Clock;
import java.time.Duration;

import io.cryptoviz.consumer.base.ConsumerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	DuckDbFile duckDbFile(ConsumerProperties properties) {
		return new DuckDbFile(properties.databasePath(),
				LockWaitPolicy.forever(properties.lockWait().warnAfter(), properties.lockWait().errorAfter()));
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
