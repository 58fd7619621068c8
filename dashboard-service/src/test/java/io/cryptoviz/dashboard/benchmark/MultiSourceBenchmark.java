package io.cryptoviz.dashboard.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.cryptoviz.dashboard.MutableClock;
import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.store.read.PriceQuery;
import io.cryptoviz.store.read.SourcePrice;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.multisource.DashboardQuery;
import io.cryptoviz.dashboard.multisource.DisplayMode;
import io.cryptoviz.dashboard.multisource.MultiSourceService;
import io.cryptoviz.dashboard.multisource.Period;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.model.Source;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: prints how long the Multi-Source page takes on a year of 5-minute quotes
 * for 100 assets and both sources (about 21M rows), with baselines measured in the same
 * run.
 * <p>
 * Run:
 * {@code ./mvnw -pl dashboard-service verify -Dtest=MultiSourceBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true} (add
 * {@code -Dvaadin.node.folder=...} where Node 24 is not on the PATH). The store is
 * generated once into {@code ${java.io.tmpdir}/cryptoviz-benchmark/} and reused.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MultiSourceBenchmark.StoreClock.class)
class MultiSourceBenchmark {

	static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

	static final int ASSETS = 100;

	static final Path STORE = Path.of(System.getProperty("java.io.tmpdir"), "cryptoviz-benchmark",
			"store-" + ASSETS + "x365d-v1.duckdb");

	static final List<String> TWELVE = Arrays.asList(SeededStore.TOP_IDS);

	static final int WARMUP = 5;

	static final int RUNS = 60;

	@Autowired
	MultiSourceService service;

	@Autowired
	MarketData market;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> ensureStore().toString());
	}

	static synchronized Path ensureStore() {
		if (!Files.exists(STORE)) {
			long started = System.nanoTime();
			long rows = SeededStore.create(STORE, ASSETS, Duration.ofDays(365), END);
			System.out.printf(Locale.ROOT, "Generated %,d rows into %s in %.1f s%n", rows, STORE,
					(System.nanoTime() - started) / 1e9);
		}
		return STORE;
	}

	@Test
	void multi_source_page() throws Exception {
		List<String> report = new ArrayList<>();
		long coldStart = System.nanoTime();
		this.market.overview();
		long cold = System.nanoTime() - coldStart;
		report.add(
				String.format(Locale.ROOT, "Store: %s, %.0f MB, %,d rows", STORE, Files.size(STORE) / 1e6, rowCount()));
		DashboardQuery sevenDays = new DashboardQuery(TWELVE, SourceSelection.ALL, Period.D7, null, null,
				DisplayMode.SHARED);
		DashboardQuery compare = new DashboardQuery(TWELVE, SourceSelection.ALL, Period.D7, null, null,
				DisplayMode.COMPARE);
		report.add(format("overview, first call after start (full per-source count)", new long[] { cold }));
		report.add(measure("baseline: open + close read-only connection, SELECT 1", this::openAndClose));
		report.add(measure("baseline: 12 assets x 7 d raw rows, no downsampling", () -> rawRows(Duration.ofDays(7))));
		report.add(measure("prices only, 12 assets x 7 d, bucketed", () -> this.market.prices(new PriceQuery(TWELVE,
				Set.of(Source.COINGECKO, Source.COINMARKETCAP), END.minus(Duration.ofDays(7)), END, 1000, false))));
		report.add(measure("overview (incremental counts + tracked assets)", this.market::overview));
		report.add(measure("assets (newest row per asset, last day)", this.market::assets));
		report.add(measure("page data, 12 cryptos, 7 d, one chart", () -> this.service.load(sevenDays)));
		report.addAll(alternate("page reads, 4 separate opens (no burst)", () -> pageReads(false),
				"page reads, one burst (one open)", () -> pageReads(true)));
		report.add(measure("page data, 12 cryptos, 7 d, source comparison", () -> this.service.load(compare)));
		report.add(measure("page data, 12 cryptos, all data (1 y)", () -> this.service
			.load(new DashboardQuery(TWELVE, SourceSelection.ALL, Period.ALL, null, null, DisplayMode.SHARED))));
		report.addAll(browser());
		print(report);
	}

	private String measure(String label, Callable<?> action) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			this.market.evictCache();
			action.call();
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			this.market.evictCache();
			long started = System.nanoTime();
			action.call();
			nanos[i] = System.nanoTime() - started;
		}
		return format(label, nanos);
	}

	// The page's four reads, as separate opens or as one burst; measured alternately so
	// both see the same machine load.
	private Object pageReads(boolean burst) {
		PriceQuery prices = new PriceQuery(TWELVE, Set.of(Source.COINGECKO, Source.COINMARKETCAP),
				END.minus(Duration.ofDays(7)), END, 1000, false);
		Supplier<StoreResult<List<SourcePrice>>> reads = () -> this.market.overview()
			.then(overview -> this.market.assets()
				.then(assets -> this.market.prices(prices)
					.then(series -> this.market.latestPrices(TWELVE, END.minus(Duration.ofDays(1))))));
		StoreResult<List<SourcePrice>> result = burst ? this.market.burst(reads) : reads.get();
		if (!(result instanceof StoreResult.Ready<?>)) {
			throw new IllegalStateException("page reads failed: " + result);
		}
		return result;
	}

	private List<String> alternate(String labelA, Callable<?> a, String labelB, Callable<?> b) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			this.market.evictCache();
			a.call();
			this.market.evictCache();
			b.call();
		}
		long[] nanosA = new long[RUNS];
		long[] nanosB = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			this.market.evictCache();
			long started = System.nanoTime();
			a.call();
			nanosA[i] = System.nanoTime() - started;
			this.market.evictCache();
			started = System.nanoTime();
			b.call();
			nanosB[i] = System.nanoTime() - started;
		}
		return List.of(format(labelA, nanosA), format(labelB, nanosB));
	}

	private List<String> browser() throws Exception {
		WebDriver driver;
		try {
			driver = BenchmarkBrowser.start();
		}
		catch (IllegalStateException ex) {
			return List.of("browser: skipped, " + ex.getMessage());
		}
		try {
			String url = "http://localhost:" + this.port + "/dashboard?period=7d&cryptos=" + String.join(",", TWELVE);
			long[] wall = new long[10];
			long[] inPage = new long[10];
			for (int i = -2; i < wall.length; i++) {
				this.market.evictCache();
				driver.get("about:blank");
				long started = System.nanoTime();
				driver.get(url);
				BenchmarkBrowser.waitForChartsDrawn(driver);
				long elapsed = System.nanoTime() - started;
				Number drawn = (Number) ((JavascriptExecutor) driver).executeScript(
						"return Math.max(...[...document.querySelectorAll('cv-apex-chart')].map(c => Number(c.dataset.drawn)))"
								+ " - performance.timeOrigin");
				if (i >= 0) {
					wall[i] = elapsed;
					inPage[i] = (long) (drawn.doubleValue() * 1_000_000);
				}
			}
			return List.of(format("Chromium: driver.get to 12-line chart drawn (wall)", wall),
					format("Chromium: navigation start to chart drawn (in page)", inPage));
		}
		finally {
			driver.quit();
		}
	}

	private Object openAndClose() throws Exception {
		Properties properties = new Properties();
		properties.setProperty("duckdb.read_only", "true");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + STORE, properties);
				ResultSet rows = connection.createStatement().executeQuery("SELECT 1")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private Object rawRows(Duration span) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("duckdb.read_only", "true");
		String in = String.join(",", TWELVE.stream().map(id -> "?").toList());
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + STORE, properties);
				PreparedStatement statement = connection.prepareStatement("SELECT asset_id, source, timestamp, price "
						+ "FROM crypto_prices WHERE asset_id IN (" + in + ") AND timestamp >= ? ORDER BY ALL")) {
			for (int i = 0; i < TWELVE.size(); i++) {
				statement.setString(i + 1, TWELVE.get(i));
			}
			statement.setObject(TWELVE.size() + 1, LocalDateTime.ofInstant(END.minus(span), ZoneOffset.UTC));
			long count = 0;
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getObject(3, LocalDateTime.class);
					rows.getDouble(4);
					count++;
				}
			}
			return count;
		}
	}

	private long rowCount() throws Exception {
		Properties properties = new Properties();
		properties.setProperty("duckdb.read_only", "true");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + STORE, properties);
				ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM crypto_prices")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String format(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double p50 = sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6;
		double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
		return String.format(Locale.ROOT, "%-58s p50 %8.1f ms   p95 %8.1f ms   (n=%d)", label, p50, p95, sorted.length);
	}

	private static void print(List<String> report) throws Exception {
		String text = String.join(System.lineSeparator(), report);
		System.out.println(System.lineSeparator() + "=== Multi-Source page benchmark ===" + System.lineSeparator()
				+ text + System.lineSeparator());
		Path out = Path.of("target", "benchmark", "multi-source.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, text + System.lineSeparator());
	}

	/**
	 * The clock stands at the end of the generated year, so "7 days" means its last week.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StoreClock {

		@Bean
		@Primary
		MutableClock benchmarkClock() {
			return new MutableClock(END);
		}

	}

}
