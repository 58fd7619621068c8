package io.cryptoviz.systemtest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.cryptoviz.model.RedisKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 2: stops the stack's Redis (SIGTERM, so its append-only file is complete)
 * while the scraper keeps cycling, restarts it with the same command line, then balances
 * the books: every quote the scraper published since before the outage reached the
 * consumer (stored or recognised as already stored), and no service died.
 */
final class RedisOutageScenario {

	private static final String SCENARIO = "2 redis outage";

	private final StackReliabilityScenariosTest suite;

	RedisOutageScenario(StackReliabilityScenariosTest suite) {
		this.suite = suite;
	}

	void run() throws Exception {
		DemoStack stack = this.suite.stack();
		Duration outage = this.suite.scale().pick(Duration.ofSeconds(15), Duration.ofSeconds(60));
		Books before = quietBooks();
		long rowsBefore = Store.count(stack.database(), "SELECT count(*) FROM crypto_prices");
		Path pidFile = stack.state().resolve(".run").resolve("redis.pid");
		long pid = Long.parseLong(Files.readString(pidFile).strip());
		List<String> command = commandLine(stack);
		int logAtStop = stack.log("scraper-service").length();
		ProcessHandle redis = ProcessHandle.of(pid).orElseThrow();
		redis.destroy();
		redis.onExit().get(20, TimeUnit.SECONDS);
		Findings.step(SCENARIO, "redis (pid %d) stopped for %d s".formatted(pid, outage.toSeconds()));
		Thread.sleep(outage.toMillis());
		String during = stack.log("scraper-service").substring(logAtStop);
		Process restarted = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(stack.state().resolve("logs/redis.log").toFile()))
			.start();
		Files.writeString(pidFile, Long.toString(restarted.pid()), StandardCharsets.UTF_8);
		Findings.step(SCENARIO, "redis restarted (pid %d): %s".formatted(restarted.pid(), String.join(" ", command)));
		List<ScraperLog.Line> outageCycles = new ArrayList<>(ScraperLog.cycles(during, "coingecko"));
		outageCycles.addAll(ScraperLog.cycles(during, "coinmarketcap"));
		int fetchedDuring = outageCycles.stream().mapToInt(ScraperLog.Line::quotes).sum();
		int outboxPeak = outageCycles.stream().mapToInt(ScraperLog.Line::outbox).max().orElse(0);
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> stack.log("scraper-service").substring(logAtStop).contains("redis is back"));
		Books after = quietBooks();
		long rowsAfter = Store.count(stack.database(), "SELECT count(*) FROM crypto_prices");
		long published = after.published() - before.published();
		long received = after.received() - before.received();
		long stored = after.stored() - before.stored();
		boolean ok = fetchedDuring > 0 && published == received && received >= fetchedDuring
				&& rowsAfter - rowsBefore == stored;
		Findings.summary(SCENARIO, ok,
				("outage %d s: %d cycles fetched %d quotes (outbox peak %d); since before the "
						+ "outage the scraper published %d, the consumer received %d (stored %d, already stored %d), "
						+ "lost %d; rows +%d")
					.formatted(outage.toSeconds(), outageCycles.size(), fetchedDuring, outboxPeak, published, received,
							stored, received - stored, published - received, rowsAfter - rowsBefore));
		this.suite.assertAllAlive(SCENARIO);
		assertThat(fetchedDuring).as("quotes fetched while Redis was down").isPositive();
		assertThat(received).as("quotes the consumer received vs published").isEqualTo(published);
		assertThat(rowsAfter - rowsBefore).as("new rows vs quotes stored").isEqualTo(stored);
	}

	/**
	 * Counters read when nothing is in flight: queue and processing list empty, the
	 * scraper's outbox empty and its published count unchanged across the read.
	 */
	private Books quietBooks() throws Exception {
		DemoStack stack = this.suite.stack();
		String scraper = stack.url("scraper-service");
		String consumer = stack.url("consumer-service");
		for (int attempt = 0; attempt < 120; attempt++) {
			double published = Http.metric(scraper, "cryptoviz.scraper.quotes.fetched", "")
					- Http.metric(scraper, "cryptoviz.scraper.quotes.rejected", "");
			boolean empty = this.suite.redis().llen(RedisKeys.QUEUE) == 0
					&& this.suite.redis().llen(RedisKeys.processing("consumer-1")) == 0 && outboxEmpty(stack);
			if (empty) {
				Thread.sleep(700);
				double stored = Http.metric(consumer, "cryptoviz.consumer.quotes.stored", "");
				double received = stored + Http.metric(consumer, "cryptoviz.consumer.quotes.duplicates", "")
						+ Http.metric(consumer, "cryptoviz.consumer.quotes.dead.lettered", "");
				double again = Http.metric(scraper, "cryptoviz.scraper.quotes.fetched", "")
						- Http.metric(scraper, "cryptoviz.scraper.quotes.rejected", "");
				if (again == published && this.suite.redis().llen(RedisKeys.QUEUE) == 0
						&& this.suite.redis().llen(RedisKeys.processing("consumer-1")) == 0) {
					return new Books((long) published, (long) received, (long) stored);
				}
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the stack never went quiet (queue, processing list and outbox empty) in 60 s");
	}

	private static boolean outboxEmpty(DemoStack stack) throws Exception {
		List<String> lines = stack.log("scraper-service").lines().filter((l) -> l.contains(" cycle")).toList();
		return lines.isEmpty() || lines.get(lines.size() - 1).endsWith("outbox 0");
	}

	/**
	 * The command line {@code ./cryptoviz up} starts Redis with (redis-server rewrites
	 * its own /proc cmdline, so it cannot be read back): same binary, port, folder and
	 * AOF.
	 */
	private static List<String> commandLine(DemoStack stack) {
		Path binary = stack.state().resolve(".run/bin/redis-server");
		assertThat(binary).as("the script's redis-server").exists();
		String port = stack.redisUri().substring(stack.redisUri().lastIndexOf(':') + 1);
		return List.of(binary.toString(), "--port", port, "--bind", "127.0.0.1", "--dir",
				stack.state().resolve("data/demo/redis").toString(), "--appendonly", "yes", "--daemonize", "no");
	}

	record Books(long published, long received, long stored) {
	}

}
