package io.cryptoviz.scraper.publish;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.scraper.base.ScraperProperties;

@Configuration(proxyBeanMethods = false)
@Profile("!dry-run") // ./cryptoviz scrape --once: fetch and print, nothing scheduled or
						// published
class PublishConfiguration {

	@Bean(initMethod = "start", destroyMethod = "close")
	QuotePublisher quotePublisher(StringRedisTemplate redis, ScraperProperties properties, MeterRegistry meters) {
		return new QuotePublisher(redis, properties.mode(), properties.outbox(), meters);
	}

	/**
	 * Lettuce buffers commands while disconnected by default; rejecting them instead lets
	 * the outbox take over at once rather than after the command timeout.
	 */
	@Bean
	LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
		return (builder) -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build());
	}

}
