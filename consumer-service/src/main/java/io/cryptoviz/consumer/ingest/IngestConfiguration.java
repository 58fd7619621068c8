package io.cryptoviz.consumer.ingest;

import java.time.Clock;
import java.time.Duration;

import io.cryptoviz.consumer.base.ConsumerProperties;
import io.cryptoviz.consumer.storage.QuoteStore;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	/**
	 * The loop opens its own Lettuce connections from Spring's client (same URL, timeouts
	 * and TLS), because BLMOVE would block the shared one.
	 */
	@Bean
	IngestLoop ingestLoop(RedisConnectionFactory connectionFactory, ConsumerProperties properties, QuoteStore store,
			Clock clock, MeterRegistry registry,
			@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownPhase) {
		LettuceConnectionFactory lettuce = (LettuceConnectionFactory) connectionFactory;
		return new IngestLoop(() -> (RedisClient) lettuce.getRequiredNativeClient(), properties, store,
				new BatchDecoder(clock), new FlushReporter(clock, registry),
				shutdownPhase.multipliedBy(3).dividedBy(4));
	}

	@Bean
	IngestMetrics ingestMetrics(StringRedisTemplate redis, ConsumerProperties properties, QuoteStore store) {
		return new IngestMetrics(redis, properties, store);
	}

}
