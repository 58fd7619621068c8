package io.cryptoviz.consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.store.TestDatabase;
import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.testsupport.redis.RealRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the packaged consumer as its own process and kills it with SIGKILL in the middle
 * of draining: after a restart every distinct quote is stored exactly once.
 */
class ConsumerProcessIT {

	private static final String ID = "sigkill-" + ProcessHandle.current().pid();

	private static final String QUEUE = RedisKeys.QUEUE + ":" + ID;

	@TempDir
	Path dir;

	@Test
	void a_consumer_killed_mid_drain_stores_every_distinct_quote_once_after_restart() throws Exception {
		Path file = this.dir.resolve("killed.duckdb");
		RedisClient client = RedisClient.create(RealRedis.shared().uri());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			// 50,000 messages, of which the last 5,000 repeat earlier quotes.
			List<String> messages = new ArrayList<>(TestQuotes.encoded(0, 45_000));
			messages.addAll(TestQuotes.encoded(20_000, 5_000));
			Process first = start(file, "first");
			for (int chunk = 0; chunk < 50; chunk++) {
				redis.lpush(QUEUE, messages.subList(chunk * 1000, chunk * 1000 + 1000).toArray(String[]::new));
				if (chunk == 25) {
					await().atMost(Duration.ofSeconds(60))
						.pollInterval(Duration.ofMillis(5))
						.until(() -> redis.llen(RedisKeys.processing(ID)) > 0);
					first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			assertThat(first.exitValue()).as("killed, not exited").isNotZero();

			Process second = start(file, "second");
			try {
				await().atMost(Duration.ofSeconds(90))
					.pollInterval(Duration.ofMillis(100))
					.until(() -> redis.llen(QUEUE) == 0 && redis.llen(RedisKeys.processing(ID)) == 0);
			}
			finally {
				second.destroy();
				second.waitFor(30, TimeUnit.SECONDS);
			}
			assertThat(Files.readString(this.dir.resolve("second.log"))).contains("Recovering");
		}
		finally {
			client.shutdown();
		}
		assertThat(TestDatabase.rows(file)).isEqualTo(45_000);
		assertThat(TestDatabase.count(file,
				"SELECT count(*) FROM (SELECT DISTINCT source, asset_id, timestamp FROM crypto_prices)"))
			.isEqualTo(45_000);
	}

	private Process start(Path file, String name) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		// Small batches so the drain takes long enough to be interrupted.
		return new ProcessBuilder(java, "-jar", System.getProperty("consumer.jar"), "--server.port=0",
				"--spring.data.redis.url=" + RealRedis.shared().uri(), "--cryptoviz.consumer.database-path=" + file,
				"--cryptoviz.consumer.consumer-id=" + ID, "--cryptoviz.consumer.keys.queue=" + QUEUE,
				"--cryptoviz.consumer.batch-size=500", "--cryptoviz.consumer.backlog-batch-size=500")
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve(name + ".log").toFile())
			.start();
	}

}
