package io.cryptoviz.consumer.stats;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.IntStream;

import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.write.QuoteStore;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {

	// 40 assets quoted every 5 minutes from TestQuotes.START: 200 quotes span 20 minutes.
	private static final Instant NOW = TestQuotes.START.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(12));

	private static DedicatedRedis redis;

	@TempDir
	Path dir;

	@BeforeAll
	static void startRedis() {
		// Its own server: the stats command reads the shared key names, which other tests
		// would be changing.
		redis = RealRedis.dedicated();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@Test
	void prints_store_and_queue_figures() throws Exception {
		Path file = this.dir.resolve("stats.duckdb");
		QuoteStore store = new QuoteStore(
				new DuckDbFile(file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60))),
				Clock.systemUTC());
		store.initialize();
		store.store(IntStream.range(0, 200).mapToObj(TestQuotes::quote).toList());
		RedisClient client = RedisClient.create(redis.endpoint().uri());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().lpush(RedisKeys.QUEUE, "a", "b", "c");
			connection.sync().lpush(RedisKeys.processing("consumer-1"), "d");
			connection.sync().lpush(RedisKeys.DEAD_LETTER, "e", "f");
		}
		finally {
			client.shutdown();
		}

		Result result = run(Map.of("CRYPTOVIZ_DB_PATH", file.toString(), "REDIS_URL", redis.endpoint().uri()));

		assertThat(result.status()).isZero();
		assertThat(result.out()).containsPattern("total records +200")
			.containsPattern("distinct cryptos +40")
			.containsPattern("sources +COINGECKO \\(100\\), COINMARKETCAP \\(100\\)")
			// quotes at START+15 min and START+20 min (two 5-minute steps) are within 24
			// h
			.containsPattern("points in last 24 h +80")
			.containsPattern("newest COINGECKO +2026-11-25T10:20:00.123456Z")
			.containsPattern("queue +3")
			.containsPattern("processing +1  \\(consumer-1=1\\)")
			.containsPattern("dead letters +2");
	}

	@Test
	void a_missing_file_and_an_unreachable_redis_are_one_line_each() {
		Result result = run(Map.of("CRYPTOVIZ_DB_PATH", this.dir.resolve("none.duckdb").toString(), "REDIS_URL",
				"redis://127.0.0.1:" + RealRedisPorts.unused()));

		assertThat(result.out()).contains("no file at").contains("yet").contains("Redis   unreachable at 127.0.0.1:");
		assertThat(result.out().lines().count()).isEqualTo(3);
		assertThat(result.status()).isEqualTo(1);
	}

	@Test
	void compose_urls_with_and_without_a_password_reach_their_redis_and_a_wrong_one_is_one_line() {
		String none = this.dir.resolve("none.duckdb").toString();
		try (DedicatedRedis guarded = RealRedis.dedicated("stats-Secret_9")) {
			String wrong = guarded.uriWithPassword().replace("stats-Secret_9", "not-it");

			Result empty = run(Map.of("CRYPTOVIZ_DB_PATH", none, "REDIS_URL", redis.uriWithPassword()));
			Result right = run(Map.of("CRYPTOVIZ_DB_PATH", none, "REDIS_URL", guarded.uriWithPassword()));
			Result refused = run(Map.of("CRYPTOVIZ_DB_PATH", none, "REDIS_URL", wrong));

			assertThat(empty.status()).as(empty.out()).isZero();
			assertThat(right.status()).as(right.out()).isZero();
			assertThat(right.out()).containsPattern("queue +0").doesNotContain("stats-Secret_9");
			assertThat(refused.out().lines().filter((line) -> line.startsWith("Redis"))).singleElement()
				.asString()
				.contains("unreachable at 127.0.0.1:", "WRONGPASS")
				.doesNotContain("not-it");
			assertThat(refused.status()).isEqualTo(1);
		}
	}

	@Test
	void a_malformed_url_is_one_line_that_does_not_repeat_its_password() {
		Result result = run(Map.of("CRYPTOVIZ_DB_PATH", this.dir.resolve("none.duckdb").toString(), "REDIS_URL",
				"redis://:pass%zzword@127.0.0.1:6379"));

		assertThat(result.out()).contains("Redis   REDIS_URL is not a Redis URL").doesNotContain("pass%zzword");
		assertThat(result.out().lines().count()).isEqualTo(3);
		assertThat(result.status()).isEqualTo(1);
	}

	private Result run(Map<String, String> env) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = new StatsCommand(env, Clock.fixed(NOW, ZoneOffset.UTC),
				new PrintStream(bytes, true, StandardCharsets.UTF_8))
			.run();
		return new Result(status, bytes.toString(StandardCharsets.UTF_8));
	}

	private record Result(int status, String out) {
	}

	private static final class RealRedisPorts {

		static int unused() {
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
