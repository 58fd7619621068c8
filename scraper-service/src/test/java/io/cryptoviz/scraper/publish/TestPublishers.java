package io.cryptoviz.scraper.publish;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.testsupport.redis.RealRedis;

/** A real publisher on the shared test Redis, for tests outside this package. */
public final class TestPublishers {

	private TestPublishers() {
	}

	public static QuotePublisher sharedRedis() {
		return on(RealRedis.shared().host(), RealRedis.shared().port());
	}

	/** A real publisher on the given Redis. */
	public static QuotePublisher on(String host, int port) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port));
		factory.afterPropertiesSet();
		factory.start();
		QuotePublisher publisher = new QuotePublisher(new StringRedisTemplate(factory), ScraperProperties.Mode.LIVE,
				new ScraperProperties.Outbox(1000, Duration.ofMillis(50), Duration.ofSeconds(1)),
				new SimpleMeterRegistry());
		publisher.start();
		return publisher;
	}

}
