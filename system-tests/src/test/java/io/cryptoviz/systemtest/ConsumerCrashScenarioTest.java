package io.cryptoviz.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.model.Source;
import io.cryptoviz.testsupport.redis.RealRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 1, consumer crash: the packaged consumer drains a deep queue and is killed
 * with SIGKILL at random moments, then restarted; at the end every distinct quote is
 * stored exactly once.
 */
class ConsumerCrashScenarioTest {

	private static final String SCENARIO = "1 consumer crash";

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private final Scale scale = Scale.current();

	private final String id = "crash-" + ProcessHandle.current().pid();

	private final String queue = RedisKeys.QUEUE + ":" + this.id;

	@TempDir
	Path dir;

	@Test
	void sigkill_at_random_moments_during_the_drain_loses_and_duplicates_nothing() throws Exception {
		int quotes = this.scale.pick(20_000, 200_000);
		int kills = this.scale.pick(3, 10);
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Path database = this.dir.resolve("crash.duckdb");
		RedisClient client = RedisClient.create(RealRedis.shared().uri());
		int midDrain = 0;
		long started = System.nanoTime();
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			push(redis, quotes);
			Findings.step(SCENARIO, "pushed %,d distinct quotes to %s (seed %d)".formatted(quotes, this.queue, seed));
			for (int kill = 1; kill <= kills; kill++) {
				// A random point of what is left: kill once the queue is down to it, so
				// the
				// kills spread over the whole drain instead of all landing on the first
				// flush.
				long target = (long) (redis.llen(this.queue) * random.nextDouble() * (kills - kill + 1) / (kills + 1));
				Process consumer = start(database, "run-" + kill);
				await().atMost(Duration.ofSeconds(120))
					.pollInterval(Duration.ofMillis(5))
					.until(() -> (redis.llen(processing()) > 0 && redis.llen(this.queue) <= target)
							|| redis.llen(this.queue) == 0 || !consumer.isAlive());
				assertThat(consumer.isAlive())
					.as("consumer run %d alive before the kill; log:%n%s", kill, log("run-" + kill))
					.isTrue();
				Thread.sleep(random.nextInt(150));
				long queued = redis.llen(this.queue);
				long inFlight = redis.llen(processing());
				consumer.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
				if (queued + inFlight > 0) {
					midDrain++;
				}
				Findings.step(SCENARIO, "SIGKILL %d/%d: queue %,d, processing %,d, exit %d".formatted(kill, kills,
						queued, inFlight, consumer.exitValue()));
			}
			Process last = start(database, "final");
			try {
				await().atMost(Duration.ofMinutes(5))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> redis.llen(this.queue) == 0 && redis.llen(processing()) == 0);
				assertThat(redis.llen(RedisKeys.DEAD_LETTER + ":" + this.id)).as("dead-lettered").isZero();
			}
			finally {
				last.destroy();
				last.waitFor(30, TimeUnit.SECONDS);
			}
		}
		finally {
			client.shutdown();
		}
		long rows = Store.count(database, "SELECT count(*) FROM crypto_prices WHERE asset_id LIKE 'crash-%'");
		long distinct = Store.count(database,
				"SELECT count(*) FROM (SELECT DISTINCT source, asset_id, timestamp FROM crypto_prices)");
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		boolean ok = rows == quotes && distinct == quotes && midDrain > 0;
		Findings.summary(SCENARIO, ok,
				"pushed %,d, SIGKILLs %d (%d mid-drain), rows %,d, distinct %,d, lost %,d, duplicated %,d, %d s"
					.formatted(quotes, kills, midDrain, rows, distinct, Math.max(0, quotes - distinct), rows - distinct,
							seconds));
		assertThat(midDrain).as("kills that hit a non-empty queue or processing list").isPositive();
		assertThat(rows).as("rows stored").isEqualTo(quotes);
		assertThat(distinct).as("distinct (source, asset_id, timestamp)").isEqualTo(quotes);
	}

	private void push(RedisCommands<String, String> redis, int quotes) {
		List<String> chunk = new ArrayList<>(5_000);
		for (int i = 0; i < quotes; i++) {
			Instant at = START.plusSeconds(i);
			chunk.add(QuoteCodec
				.encode(new Quote("crash-" + (i % 50), "C" + (i % 50), "Crash " + (i % 50), 100 + i % 997, 0.5, 1e9,
						2e7, (i % 2 == 0) ? Source.COINGECKO : Source.COINMARKETCAP, at, at.plusSeconds(2))));
			if (chunk.size() == 5_000 || i == quotes - 1) {
				redis.lpush(this.queue, chunk.toArray(String[]::new));
				chunk.clear();
			}
		}
	}

	private String processing() {
		return RedisKeys.processing(this.id);
	}

	private Process start(Path database, String name) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path jar = Path.of("")
			.toAbsolutePath()
			.getParent()
			.resolve("consumer-service/target/consumer-service-0.1.0-SNAPSHOT.jar");
		assertThat(jar).as("packaged consumer (run ./cryptoviz build)").exists();
		// Batches of 2,000 while the backlog is deep (the default is 50,000) so the drain
		// spans many flushes and a kill lands in the middle of one.
		return new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--server.port=0",
				"--spring.data.redis.url=" + RealRedis.shared().uri(), "--cryptoviz.consumer.database-path=" + database,
				"--cryptoviz.consumer.consumer-id=" + this.id, "--cryptoviz.consumer.keys.queue=" + this.queue,
				"--cryptoviz.consumer.keys.dead-letter=" + RedisKeys.DEAD_LETTER + ":" + this.id,
				"--cryptoviz.consumer.backlog-batch-size=2000")
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve(name + ".log").toFile())
			.start();
	}

	private String log(String name) throws IOException {
		Path file = this.dir.resolve(name + ".log");
		return Files.exists(file) ? Files.readString(file) : "";
	}

}
