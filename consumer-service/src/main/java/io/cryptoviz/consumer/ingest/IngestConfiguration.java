package io.cryptoviz.consumer.ingest;

import java.time.Clock;
import java.time.Duration;

import io.cryptoviz.consumer.base.ConsumerProperties;
import io.cryptoviz.model.retry.Pause;
import io.cryptoviz.model.retry.Retry;
import io.cryptoviz.store.write.QuoteStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	/**
	 * The loop gets a Lettuce client of its own, made from Spring's settings (server,
	 * credentials, TLS, timeouts, client options), because it configures its client
	 * differently and because BLMOVE would block a shared connection.
	 */
	@Bean
	IngestLoop ingestLoop(RedisConnectionFactory connectionFactory, ConsumerProperties properties, QuoteStore store,
			Clock clock, Pause pause, MeterRegistry registry,
			@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownPhase) {
		LettuceConnectionFactory lettuce = (LettuceConnectionFactory) connectionFactory;
		return new IngestLoop(() -> clientLike(lettuce), properties, store, new BatchDecoder(clock),
				new FlushReporter(clock, registry), new Persistently(Retry.of(Persistently.BACKOFF, clock, pause)),
				shutdownPhase.multipliedBy(3).dividedBy(4));
	}

	private static RedisClient clientLike(LettuceConnectionFactory factory) {
		RedisStandaloneConfiguration server = factory.getStandaloneConfiguration();
		LettuceClientConfiguration settings = factory.getClientConfiguration();
		RedisURI.Builder uri = RedisURI.builder()
			.withHost(server.getHostName())
			.withPort(server.getPort())
			.withDatabase(server.getDatabase())
			.withSsl(settings.isUseSsl())
			.withVerifyPeer(settings.isVerifyPeer())
			.withTimeout(settings.getCommandTimeout());
		server.getPassword().toOptional().ifPresent((password) -> {
			if (server.getUsername() != null) {
				uri.withAuthentication(server.getUsername(), password);
			}
			else {
				uri.withPassword(password);
			}
		});
		RedisClient client = RedisClient.create(uri.build());
		settings.getClientOptions().ifPresent(client::setOptions);
		return client;
	}

	@Bean
	IngestMetrics ingestMetrics(StringRedisTemplate redis, ConsumerProperties properties, QuoteStore store) {
		return new IngestMetrics(redis, properties, store);
	}

}
