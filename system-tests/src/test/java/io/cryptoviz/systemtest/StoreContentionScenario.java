package io.cryptoviz.systemtest;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.model.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 4: concurrent HTTP clients on the dashboard's pages (and the REST API when it
 * exists) while quotes arrive at a steady rate and the consumer keeps flushing into the
 * same DuckDB file: no failed response, no lost row, latency percentiles printed.
 */
final class StoreContentionScenario {

	private static final String SCENARIO = "4 store contention";

	private static final int QUOTES_PER_SECOND = 200;

	private final StackReliabilityScenariosTest suite;

	StoreContentionScenario(StackReliabilityScenariosTest suite) {
		this.suite = suite;
	}

	void run() throws Exception {
		int clients = this.suite.scale().pick(5, 20);
		Duration length = this.suite.scale().pick(Duration.ofSeconds(30), Duration.ofMinutes(5));
		String dashboard = this.suite.stack().url("dashboard-service");
		List<String> paths = new ArrayList<>(
				List.of("/", "/dashboard", "/dashboard?period=7d&mode=percent", "/?v-r=init&location=dashboard"));
		boolean api = Http.get(dashboard + "/api/v1/assets")
			.headers()
			.firstValue("Content-Type")
			.orElse("")
			.contains("json");
		if (api) {
			paths.addAll(List.of("/api/v1/assets", "/api/v1/predictions/bitcoin?history=24&horizon=4",
					"/api/v1/predictions/ethereum?history=72&horizon=12"));
		}
		else {
			Findings.step(SCENARIO, "REST API absent on this build: /api/v1/predictions skipped; pages only "
					+ "(server-side Vaadin bootstrap; views are built over the UIDL channel, which plain HTTP does not drive)");
		}
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger pushed = new AtomicInteger();
		long end = System.nanoTime() + length.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
		List<Future<?>> tasks = new ArrayList<>();
		tasks.add(pool.submit(() -> push(end, pushed)));
		for (int c = 0; c < clients; c++) {
			int offset = c;
			tasks.add(pool.submit(() -> read(dashboard, paths, offset, end, latencies, failures)));
		}
		for (Future<?> task : tasks) {
			task.get();
		}
		pool.shutdown();
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.suite.redis().llen(RedisKeys.QUEUE) == 0
					&& this.suite.redis().llen(RedisKeys.processing("consumer-1")) == 0);
		long rows = Store.count(this.suite.stack().database(),
				"SELECT count(*) FROM crypto_prices WHERE asset_id LIKE 'contention-%'");
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		long p50 = percentile(sorted, 50);
		long p95 = percentile(sorted, 95);
		long max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
		boolean ok = failures.isEmpty() && rows == pushed.get();
		Findings.summary(SCENARIO, ok,
				("%d clients x %d s on %s: %,d responses, failed %d, p50 %d ms, p95 %d ms, "
						+ "max %d ms; %,d quotes pushed at %d/s, rows %,d, lost %d")
					.formatted(clients, length.toSeconds(), paths, sorted.size(), failures.size(), p50, p95, max,
							pushed.get(), QUOTES_PER_SECOND, rows, pushed.get() - rows));
		assertThat(failures).as("failed responses").isEmpty();
		assertThat(rows).as("rows stored vs quotes pushed").isEqualTo(pushed.get());
	}

	private Void push(long end, AtomicInteger pushed) throws InterruptedException {
		Instant base = Instant.parse("2025-06-01T00:00:00Z");
		int batch = QUOTES_PER_SECOND / 10;
		while (System.nanoTime() < end) {
			String[] messages = new String[batch];
			for (int i = 0; i < batch; i++) {
				int n = pushed.getAndIncrement();
				Instant at = base.plusSeconds(n);
				messages[i] = QuoteCodec.encode(new Quote("contention-" + (n % 10), "CT" + (n % 10),
						"Contention " + (n % 10), 10 + n % 89, 0.1, 1e8, 1e6, Source.COINGECKO, at, Instant.now()));
			}
			this.suite.redis().lpush(RedisKeys.QUEUE, messages);
			Thread.sleep(100);
		}
		return null;
	}

	private static Void read(String base, List<String> paths, int offset, long end, List<Long> latencies,
			List<String> failures) throws InterruptedException {
		try (HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
			for (int i = offset; System.nanoTime() < end; i++) {
				String path = paths.get(i % paths.size());
				long start = System.nanoTime();
				try {
					HttpResponse<String> response = http.send(
							HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
							HttpResponse.BodyHandlers.ofString());
					latencies.add((System.nanoTime() - start) / 1_000_000);
					if (response.statusCode() != 200) {
						failures.add(response.statusCode() + " " + path);
					}
				}
				catch (java.io.IOException ex) {
					failures.add(ex + " " + path);
				}
			}
		}
		return null;
	}

	private static long percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
