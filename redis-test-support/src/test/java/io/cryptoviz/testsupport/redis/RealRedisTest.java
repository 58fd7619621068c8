package io.cryptoviz.testsupport.redis;

import java.time.Instant;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.model.Source;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RealRedisTest {

	@Test
	void quote_pushed_onto_the_queue_pops_off_equal() {
		Quote quote = new Quote("ethereum", "eth", "Ethereum", 3_456.78, 2.5, null, 1.2e10, Source.COINGECKO,
				Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:02Z"));
		RedisClient client = RedisClient.create(RealRedis.shared().uri());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			redis.del(RedisKeys.QUEUE);
			redis.lpush(RedisKeys.QUEUE, QuoteCodec.encode(quote));
			assertThat(QuoteCodec.decode(redis.rpop(RedisKeys.QUEUE))).isEqualTo(quote);
			assertThat(redis.llen(RedisKeys.QUEUE)).isZero();
		}
		finally {
			client.shutdown();
		}
	}

	@Test
	void shared_server_is_the_same_for_every_caller() {
		assertThat(RealRedis.shared()).isEqualTo(RealRedis.shared());
	}

	@Test
	void dedicated_server_refuses_connections_while_stopped_and_serves_again_after_restart() {
		try (DedicatedRedis redis = RealRedis.dedicated()) {
			RedisClient client = RedisClient.create(redis.endpoint().uri());
			try {
				redis.stop();
				assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(client::connect);
				redis.restart();
				try (StatefulRedisConnection<String, String> connection = client.connect()) {
					assertThat(connection.sync().ping()).isEqualTo("PONG");
				}
			}
			finally {
				client.shutdown();
			}
		}
	}

	@Test
	void dedicated_server_with_a_password_refuses_a_client_without_it_and_serves_one_with_it() {
		try (DedicatedRedis redis = RealRedis.dedicated("s3cret-Pw_1")) {
			RedisClient anonymous = RedisClient.create(redis.endpoint().uri());
			RedisClient authenticated = RedisClient.create(redis.uriWithPassword());
			try {
				assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(anonymous::connect)
					.withStackTraceContaining("NOAUTH");
				try (StatefulRedisConnection<String, String> connection = authenticated.connect()) {
					assertThat(connection.sync().ping()).isEqualTo("PONG");
				}
			}
			finally {
				anonymous.shutdown();
				authenticated.shutdown();
			}
		}
	}

	@Test
	void an_empty_password_url_reaches_a_server_without_a_password() {
		try (DedicatedRedis redis = RealRedis.dedicated()) {
			assertThat(redis.uriWithPassword()).startsWith("redis://:@");
			RedisClient client = RedisClient.create(redis.uriWithPassword());
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				assertThat(connection.sync().aclList()).singleElement().asString().contains(" nopass ");
			}
			finally {
				client.shutdown();
			}
		}
	}

	@Test
	void embedded_server_runs_the_version_the_choice_line_names() {
		try (DedicatedRedis redis = RealRedis.dedicated()) {
			RedisClient client = RedisClient.create(redis.endpoint().uri());
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				assertThat(connection.sync().info("server"))
					.contains("redis_version:" + RealRedis.EMBEDDED_VERSION + ".");
			}
			finally {
				client.shutdown();
			}
		}
	}

}
