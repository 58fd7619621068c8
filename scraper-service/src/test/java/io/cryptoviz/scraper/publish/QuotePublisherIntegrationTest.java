package io.cryptoviz.scraper.publish;

import java.time.Duration;
import java.util.List;

import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.fixtures.Quotes;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class QuotePublisherIntegrationTest {

	private final DedicatedRedis redis = RealRedis.dedicated();

	private final LettuceConnectionFactory connections = connect();

	private final StringRedisTemplate template = new StringRedisTemplate(this.connections);

	private QuotePublisher publisher;

	private LettuceConnectionFactory connect() {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", this.redis.endpoint().port()),
				LettuceClientConfiguration.builder()
					.clientOptions(ClientOptions.builder()
						.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
						.build())
					.commandTimeout(Duration.ofSeconds(2))
					.build());
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	private QuotePublisher publisher(int capacity) {
		this.publisher = new QuotePublisher(this.template, ScraperProperties.Mode.SIMULATED,
				new ScraperProperties.Outbox(capacity, Duration.ofMillis(50), Duration.ofMillis(200)),
				new SimpleMeterRegistry());
		this.publisher.start();
		return this.publisher;
	}

	@AfterEach
	void close() {
		if (this.publisher != null) {
			this.publisher.close();
		}
		this.connections.destroy();
		this.redis.close();
	}

	/** Oldest first, as the consumer reads them (it pops from the right). */
	private List<Quote> queued() {
		List<String> all = this.template.opsForList().range(RedisKeys.QUEUE, 0, -1);
		return all.reversed().stream().map(QuoteCodec::decode).toList();
	}

	private long lpushCalls() {
		io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(this.redis.endpoint().uri());
		try (var connection = client.connect()) {
			String stats = connection.sync().info("commandstats");
			java.util.regex.Matcher calls = java.util.regex.Pattern.compile("cmdstat_lpush:calls=(\\d+)")
				.matcher(stats);
			return calls.find() ? Long.parseLong(calls.group(1)) : 0;
		}
		finally {
			client.shutdown();
		}
	}

	@Test
	void a_batch_is_one_lpush_and_the_mode_is_written() {
		QuotePublisher publisher = publisher(10_000);

		publisher.publish(Quotes.numbered(0, 250));

		await().atMost(Duration.ofSeconds(5)).until(() -> queued().size() == 250);
		assertThat(queued()).isEqualTo(Quotes.numbered(0, 250));
		assertThat(lpushCalls()).isEqualTo(1);
		assertThat(this.template.opsForValue().get(RedisKeys.DATA_MODE)).isEqualTo("simulated");
	}

	@Test
	void the_outbox_delivers_everything_after_redis_comes_back() {
		QuotePublisher publisher = publisher(10_000);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> "simulated".equals(this.template.opsForValue().get(RedisKeys.DATA_MODE)));
		this.redis.stop();

		publisher.publish(Quotes.numbered(0, 100));
		publisher.publish(Quotes.numbered(100, 100));
		publisher.publish(Quotes.numbered(200, 100));
		assertThat(publisher.outboxSize()).isEqualTo(300);
		assertThat(publisher.queueDepth()).isEqualTo(-1);

		this.redis.restart();

		await().atMost(Duration.ofSeconds(30)).until(() -> publisher.outboxSize() == 0);
		assertThat(queued()).isEqualTo(Quotes.numbered(0, 300));
		assertThat(this.template.opsForValue().get(RedisKeys.DATA_MODE)).isEqualTo("simulated");
	}

	@Test
	void a_full_outbox_drops_the_oldest_and_says_how_many(CapturedOutput output) {
		QuotePublisher publisher = publisher(100);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> "simulated".equals(this.template.opsForValue().get(RedisKeys.DATA_MODE)));
		this.redis.stop();

		publisher.publish(Quotes.numbered(0, 80));
		publisher.publish(Quotes.numbered(80, 70));

		await().atMost(Duration.ofSeconds(5)).until(() -> publisher.outboxSize() == 100);
		assertThat(output.getOut()).contains("outbox full (capacity 100): dropped the 50 oldest quotes");
		this.redis.restart();
		await().atMost(Duration.ofSeconds(30)).until(() -> publisher.outboxSize() == 0);
		assertThat(queued()).isEqualTo(Quotes.numbered(50, 100));
	}

}
