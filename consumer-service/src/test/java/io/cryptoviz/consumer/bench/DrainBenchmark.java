package io.cryptoviz.consumer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.cryptoviz.consumer.ConsumerApplication;
import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.store.write.QuoteStore;
import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.model.Source;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput and freshness of the consumer on this machine, with baselines measured in
 * the same run. Not a test: run with {@code ./mvnw -pl consumer-service -Pbench test}.
 * <p>
 * The consumer runs as its own JVM, as in production, so the freshness reader's read-only
 * opens compete with it for the file lock exactly as the dashboard's do.
 */
@Tag("bench")
class DrainBenchmark {

	private static final int DRAIN_QUOTES = Integer.getInteger("bench.quotes", 1_000_000);

	private static final int APPENDER_ROWS = 1_000_000;

	private static final int INSERT_ROWS = 20_000;

	private static final int FRESHNESS_CYCLES = Integer.getInteger("bench.cycles", 30);

	private static final int QUOTES_PER_CYCLE = 40;

	private static final String ID = "bench";

	private static final String QUEUE = RedisKeys.QUEUE;

	@TempDir
	Path dir;

	@Test
	void measure() throws Exception {
		double appender = appenderRate();
		line("raw Appender, one transaction (" + APPENDER_ROWS + " rows)", appender, "rows/s");
		double inserts = rowByRowRate();
		line("row-by-row autocommitted INSERT (" + INSERT_ROWS + " rows)", inserts, "rows/s");
		try (DedicatedRedis redis = RealRedis.dedicated()) {
			RedisClient client = RedisClient.create(redis.endpoint().uri());
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				RedisCommands<String, String> commands = connection.sync();
				RedisCeiling ceiling = redisCeiling(client, commands);
				Path file = this.dir.resolve("bench.duckdb");
				Process consumer = startConsumer(redis, file);
				try {
					Drain cold = drain(consumer, commands, file, 0);
					line("drain, first after start (" + DRAIN_QUOTES + " quotes)", cold.rate(), "quotes/s");
					Drain sustained = drain(consumer, commands, file, DRAIN_QUOTES);
					line("drain, sustained (the next " + DRAIN_QUOTES + " quotes)", sustained.rate(), "quotes/s");
					List<Long> freshness = freshness(commands, file);
					report(appender, inserts, ceiling, cold, sustained, freshness);
				}
				finally {
					consumer.destroy();
					consumer.waitFor(30, TimeUnit.SECONDS);
				}
			}
			finally {
				client.shutdown();
			}
		}
	}

	private double appenderRate() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + this.dir.resolve("appender.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute(TABLE);
			long start = System.nanoTime();
			try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("crypto_prices")) {
				for (int i = 0; i < APPENDER_ROWS; i++) {
					Quote quote = TestQuotes.quote(i);
					long micros = quote.sourceTimestamp().toEpochMilli() * 1000;
					QuoteStore.appendRow(appender, quote, micros, micros);
				}
			}
			return rate(APPENDER_ROWS, System.nanoTime() - start);
		}
	}

	private double rowByRowRate() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + this.dir.resolve("insert.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute(TABLE);
			long start = System.nanoTime();
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO crypto_prices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (int i = 0; i < INSERT_ROWS; i++) {
					Quote quote = TestQuotes.quote(i);
					LocalDateTime time = LocalDateTime.ofInstant(quote.sourceTimestamp(), ZoneOffset.UTC);
					insert.setString(1, quote.assetId());
					insert.setString(2, quote.name());
					insert.setString(3, quote.symbol());
					insert.setDouble(4, quote.priceUsd());
					insert.setObject(5, quote.percentChange24h());
					insert.setObject(6, quote.marketCapUsd());
					insert.setObject(7, quote.volume24hUsd());
					insert.setString(8, quote.source().name());
					insert.setObject(9, time);
					insert.setObject(10, time);
					insert.setObject(11, time);
					insert.executeUpdate();
				}
			}
			return rate(INSERT_ROWS, System.nanoTime() - start);
		}
	}

	/**
	 * What Redis alone manages here, as a ceiling for the drain: LPUSH and LRANGE of
	 * 10,000 messages per command, and the consumer's bulk move (scripts of 200 quotes
	 * doing LRANGE, LPUSH, LTRIM, pipelined 50 per round trip) with nothing else to do.
	 */
	private RedisCeiling redisCeiling(RedisClient client, RedisCommands<String, String> redis) {
		String from = "bench:ceiling:from";
		String to = "bench:ceiling:to";
		List<String[]> chunks = new ArrayList<>();
		for (int start = 0; start < DRAIN_QUOTES; start += 10_000) {
			chunks.add(TestQuotes.encoded(start, Math.min(10_000, DRAIN_QUOTES - start)).toArray(String[]::new));
		}
		long start = System.nanoTime();
		for (String[] chunk : chunks) {
			redis.lpush(from, chunk);
		}
		double lpush = rate(DRAIN_QUOTES, System.nanoTime() - start);
		line("Redis LPUSH, 10,000 per command", lpush, "msgs/s");
		start = System.nanoTime();
		long read = 0;
		for (int first = 0; first < DRAIN_QUOTES; first += 10_000) {
			read += redis.lrange(from, first, first + 9_999).size();
		}
		double lrange = rate(read, System.nanoTime() - start);
		line("Redis LRANGE, 10,000 per command", lrange, "msgs/s");
		double move;
		try (StatefulRedisConnection<String, String> pipelined = client.connect()) {
			pipelined.setAutoFlushCommands(false);
			RedisAsyncCommands<String, String> async = pipelined.async();
			start = System.nanoTime();
			long moved = 0;
			while (moved < DRAIN_QUOTES) {
				List<RedisFuture<List<Object>>> calls = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					calls.add(async.eval(BULK_MOVE, ScriptOutputType.MULTI, new String[] { from, to }, "200"));
				}
				pipelined.flushCommands();
				for (RedisFuture<List<Object>> call : calls) {
					moved += ((List<?>) LettuceFutures.awaitOrCancel(call, 60, TimeUnit.SECONDS).get(1)).size();
				}
			}
			move = rate(moved, System.nanoTime() - start);
		}
		line("Redis bulk move as the consumer does it", move, "msgs/s");
		redis.del(from, to);
		return new RedisCeiling(lpush, lrange, move);
	}

	// The consumer's own script (QuoteQueue reads the same resource).
	private static final String BULK_MOVE = readScript();

	private static String readScript() {
		try (var in = DrainBenchmark.class.getResourceAsStream("/io/cryptoviz/consumer/ingest/move-batch.lua")) {
			return new String(java.util.Objects.requireNonNull(in, "move-batch.lua").readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private record RedisCeiling(double lpush, double lrange, double bulkMove) {
	}

	/**
	 * One drain: its rate, and the CPU seconds the consumer process and Redis spent.
	 */
	private record Drain(double rate, double consumerCpu, double redisCpu) {

		String cpuLine() {
			return String.format(Locale.ROOT, "consumer %.2f s, Redis %.2f s of CPU (%.2f us per quote) in %.1f s",
					this.consumerCpu, this.redisCpu, (this.consumerCpu + this.redisCpu) * 1e6 / DRAIN_QUOTES,
					DRAIN_QUOTES / this.rate);
		}

	}

	/**
	 * The first drain after start runs while the JIT compiler is still at work (about a
	 * second of CPU here); the second shows the rate a running consumer sustains.
	 */
	private Drain drain(Process consumer, RedisCommands<String, String> redis, Path file, int from) throws Exception {
		Duration consumerCpu = cpu(consumer);
		double redisCpu = redisCpuSeconds(redis);
		double rate = drainRate(redis, file, from);
		return new Drain(rate, cpu(consumer).minus(consumerCpu).toNanos() / 1e9, redisCpuSeconds(redis) - redisCpu);
	}

	private static Duration cpu(Process process) {
		return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	private static double redisCpuSeconds(RedisCommands<String, String> redis) {
		double seconds = 0;
		for (String line : redis.info("cpu").split("\\R")) {
			if (line.startsWith("used_cpu_sys:") || line.startsWith("used_cpu_user:")) {
				seconds += Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
			}
		}
		return seconds;
	}

	/** Fills a side list, then renames it onto the queue so the drain starts at once. */
	private double drainRate(RedisCommands<String, String> redis, Path file, int first) throws Exception {
		String staging = QUEUE + ":staging";
		for (int from = first; from < first + DRAIN_QUOTES; from += 10_000) {
			redis.lpush(staging,
					TestQuotes.encoded(from, Math.min(10_000, first + DRAIN_QUOTES - from)).toArray(String[]::new));
		}
		long start = System.nanoTime();
		redis.rename(staging, QUEUE);
		while (redis.llen(QUEUE) > 0 || redis.llen(RedisKeys.processing(ID)) > 0) {
			if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(2)) {
				throw new IllegalStateException("not drained after 2 minutes");
			}
			Thread.sleep(5);
		}
		long elapsed = System.nanoTime() - start;
		long rows = readOnly(file, "SELECT count(*) FROM crypto_prices");
		if (rows != first + DRAIN_QUOTES) {
			throw new IllegalStateException("stored " + rows + " rows, expected " + (first + DRAIN_QUOTES));
		}
		return rate(DRAIN_QUOTES, elapsed);
	}

	/** The 5-minute load (40 quotes per cycle), cycles compressed to about a second. */
	private List<Long> freshness(RedisCommands<String, String> redis, Path file) throws Exception {
		List<Long> latencies = new ArrayList<>();
		for (int cycle = 0; cycle < FRESHNESS_CYCLES; cycle++) {
			Instant timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			String[] messages = new String[QUOTES_PER_CYCLE];
			for (int i = 0; i < QUOTES_PER_CYCLE; i++) {
				messages[i] = QuoteCodec.encode(new Quote("fresh-" + i, "F" + i, "Fresh " + i, 100 + i, null, null,
						null, Source.COINGECKO, timestamp, timestamp));
			}
			String sql = "SELECT count(*) FROM crypto_prices WHERE timestamp = TIMESTAMP '"
					+ LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC) + "'";
			long pushed = System.nanoTime();
			redis.lpush(QUEUE, messages);
			while (readOnly(file, sql) < QUOTES_PER_CYCLE) {
				if (System.nanoTime() - pushed > TimeUnit.SECONDS.toNanos(30)) {
					throw new IllegalStateException("cycle " + cycle + " not queryable after 30 s");
				}
				Thread.sleep(20);
			}
			latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pushed));
			Thread.sleep(300 + (cycle * 137) % 500);
		}
		return latencies;
	}

	/**
	 * A read as the dashboard does it: open read-only, retry on a lock conflict, close.
	 */
	private static long readOnly(Path file, String sql) throws Exception {
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		while (true) {
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery(sql)) {
				result.next();
				return result.getLong(1);
			}
			catch (SQLException ex) {
				if (ex.getMessage() == null || !ex.getMessage().contains("Could not set lock")) {
					throw ex;
				}
				Thread.sleep(5);
			}
		}
	}

	private Process startConsumer(DedicatedRedis redis, Path file) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = Path.of("target/bench-consumer.log").toAbsolutePath();
		Files.deleteIfExists(log);
		Process process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), ConsumerApplication.class.getName(), "--server.port=0",
				"--spring.data.redis.url=" + redis.endpoint().uri(), "--cryptoviz.consumer.database-path=" + file,
				"--cryptoviz.consumer.consumer-id=" + ID)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!Files.exists(log) || !Files.readString(log).contains("DuckDB file ready")) {
			if (System.nanoTime() > deadline || !process.isAlive()) {
				throw new IllegalStateException("consumer did not start:\n" + Files.readString(log));
			}
			Thread.sleep(100);
		}
		return process;
	}

	private static void report(double appender, double inserts, RedisCeiling redis, Drain cold, Drain sustained,
			List<Long> freshness) {
		double drain = sustained.rate();
		List<Long> sorted = new ArrayList<>(freshness);
		Collections.sort(sorted);
		long p50 = sorted.get((int) Math.ceil(sorted.size() * 0.50) - 1);
		long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
		System.out.println("=== consumer-service drain benchmark (" + Runtime.getRuntime().availableProcessors()
				+ " cores, load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")");
		line("raw Appender, one transaction (" + APPENDER_ROWS + " rows)", appender, "rows/s");
		line("row-by-row autocommitted INSERT (" + INSERT_ROWS + " rows)", inserts, "rows/s");
		line("Redis LPUSH, 10,000 per command", redis.lpush(), "msgs/s");
		line("Redis LRANGE, 10,000 per command", redis.lrange(), "msgs/s");
		line("Redis bulk move as the consumer does it", redis.bulkMove(), "msgs/s");
		line("drain Redis -> DuckDB, first after start (" + DRAIN_QUOTES + " quotes)", cold.rate(), "quotes/s");
		line("drain Redis -> DuckDB, sustained (the next " + DRAIN_QUOTES + ")", drain, "quotes/s");
		System.out.println("  CPU, first drain:     " + cold.cpuLine());
		System.out.println("  CPU, sustained drain: " + sustained.cpuLine());
		System.out.println("  ratios for the sustained drain:");
		System.out.printf(Locale.ROOT, "  drain / Appender            %8.2f%n", drain / appender);
		System.out.printf(Locale.ROOT, "  drain / Redis bulk move     %8.2f%n", drain / redis.bulkMove());
		System.out.printf(Locale.ROOT, "  drain / row-by-row INSERT   %8.1f x%n", drain / inserts);
		System.out.printf(Locale.ROOT,
				"  freshness push->queryable   p50 %d ms, p95 %d ms, max %d ms (%d cycles of %d quotes)%n", p50, p95,
				sorted.getLast(), sorted.size(), QUOTES_PER_CYCLE);
		System.out.printf(Locale.ROOT,
				"  targets: drain >= 250,000 quotes/s sustained: %s (first drain after start: %s); freshness p95 < 1 s: %s%n",
				drain >= 250_000 ? "met" : "NOT met", cold.rate() >= 250_000 ? "also met" : "not met",
				p95 < 1000 ? "met" : "NOT met");
	}

	private static void line(String what, double rate, String unit) {
		System.out.printf(Locale.ROOT, "  %-58s %,12.0f %s%n", what, rate, unit);
	}

	private static double rate(long count, long nanos) {
		return count / (nanos / 1e9);
	}

	private static final String TABLE = """
			CREATE TABLE crypto_prices (asset_id VARCHAR NOT NULL, name VARCHAR NOT NULL, symbol VARCHAR NOT NULL,
				price DOUBLE NOT NULL, percent_change_24h DOUBLE, market_cap DOUBLE, volume_24h DOUBLE,
				source VARCHAR NOT NULL, timestamp TIMESTAMP NOT NULL, fetched_at TIMESTAMP NOT NULL,
				ingested_at TIMESTAMP NOT NULL)""";

}
