package io.cryptoviz.dashboard.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.predictions.PredictionService;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.ml.analysis.PredictionEngine;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: prints how long predictions take on the benchmark store (a year of 5-minute
 * quotes for 100 assets and both sources, about 21M rows), each cache miss, with the read
 * and the ml-core computation measured apart as baselines.
 * <p>
 * Run:
 * {@code ./mvnw -pl dashboard-service verify -Dtest=PredictionsBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true} (add
 * {@code -Dvaadin.node.folder=...} where Node 24 is not on the PATH). Shares the store of
 * {@link MultiSourceBenchmark}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MultiSourceBenchmark.StoreClock.class)
class PredictionsBenchmark {

	static final int WARMUP = 5;

	static final int RUNS = 40;

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	PredictionService predictions;

	@Autowired
	MarketData market;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> MultiSourceBenchmark.ensureStore().toString());
	}

	@Test
	void predictions() throws Exception {
		List<Asset> assets = ((StoreResult.Ready<List<Asset>>) this.predictions.assets()).value();
		List<String> ids = assets.stream().map(Asset::assetId).toList();
		AnalysisRequest request72 = new AnalysisRequest("bitcoin", 72, 4,
				io.cryptoviz.dashboard.base.source.SourceSelection.ALL, AnalysisRequest.DEFAULT_MODELS);
		Analysis sample = ((StoreResult.Ready<Analysis>) this.predictions.analyze(request72)).value();
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT,
				"Store: %s, %.0f MB; %d assets; one analysis reads %d merged points "
						+ "(%.1f d lookback), models see %d",
				MultiSourceBenchmark.STORE, Files.size(MultiSourceBenchmark.STORE) / 1e6, ids.size(),
				sample.result().metrics().points(), sample.lookback().toMinutes() / 1440.0,
				sample.result().metrics().points()));
		PredictionEngine engine = new PredictionEngine();
		report.add(measure("baseline: open + close read-only connection, SELECT 1", false, this::openAndClose));
		report.add(measure("baseline: raw rows, 1 asset x 7 d x 2 sources, plain SELECT", false,
				() -> rawRows(List.of("bitcoin"), Duration.ofDays(7))));
		report.add(measure("baseline: raw rows, 50 assets x 7 d x 2 sources, plain SELECT", false,
				() -> rawRows(ids.subList(0, 50), Duration.ofDays(7))));
		report.add(measure("store read only: 1 asset x 7 d, 1-min buckets (cache miss)", true,
				() -> this.market.prices(new io.cryptoviz.store.read.PriceQuery(List.of("bitcoin"),
						java.util.Set.of(io.cryptoviz.model.Source.COINGECKO, io.cryptoviz.model.Source.COINMARKETCAP),
						MultiSourceBenchmark.END.minus(Duration.ofDays(7)), MultiSourceBenchmark.END, 10082, true))));
		int[] next = { 0 };
		report.add(measure("baseline: ml-core only, 72 h history, 7 d lookback", false,
				() -> engine.analyze(sample.history(), request72.settings(java.time.Duration.ofDays(7)))));
		report.add(measure("service: 72 h history, 4 h horizon, all sources (cache miss)", true,
				() -> this.predictions.analyze(request72.forAsset(ids.get(next[0]++ % 12)))));
		report.add(measure("service: 72 h history, 24 h horizon, CoinGecko only (cache miss)", true,
				() -> this.predictions.analyze(new AnalysisRequest(ids.get(next[0]++ % 12), 72, 24,
						io.cryptoviz.dashboard.base.source.SourceSelection.of(io.cryptoviz.model.Source.COINGECKO),
						AnalysisRequest.DEFAULT_MODELS))));
		report.add(measure("HTTP GET /api/v1/predictions/{asset}?history=72 (cache miss)", true,
				() -> get("/api/v1/predictions/" + ids.get(next[0]++ % 12) + "?history=72&horizon=4")));
		report.add(measure("HTTP GET /api/v1/predictions/{asset}?history=72 (cache hit)", false,
				() -> get("/api/v1/predictions/bitcoin?history=72&horizon=4")));
		List<String> fifty = ids.subList(0, 50);
		String body = "{\"assets\": [" + fifty.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","))
				+ "], \"horizon\": 4, \"history\": 72}";
		report.add(measureFew("service: batch of 50 assets, 72 h (cache miss)", 10,
				() -> this.predictions.analyzeAll(fifty, request72)));
		report.add(measureFew("HTTP POST /api/v1/analysis/batch, 50 assets, 72 h (cache miss)", 10, () -> post(body)));
		report.addAll(browser());
		String text = String.join(System.lineSeparator(), report);
		System.out.println(System.lineSeparator() + "=== Predictions benchmark ===" + System.lineSeparator() + text
				+ System.lineSeparator());
		Path out = Path.of("target", "benchmark", "predictions.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, text + System.lineSeparator());
	}

	private String measure(String label, boolean evict, Callable<?> action) throws Exception {
		return time(label, WARMUP, RUNS, evict, action);
	}

	private String measureFew(String label, int runs, Callable<?> action) throws Exception {
		return time(label, 2, runs, true, action);
	}

	private String time(String label, int warmup, int runs, boolean evict, Callable<?> action) throws Exception {
		for (int i = 0; i < warmup; i++) {
			if (evict) {
				this.market.evictCache();
			}
			action.call();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			if (evict) {
				this.market.evictCache();
				this.predictions.assets();
			}
			long started = System.nanoTime();
			action.call();
			nanos[i] = System.nanoTime() - started;
		}
		return format(label, nanos);
	}

	private Object openAndClose() throws Exception {
		java.util.Properties properties = new java.util.Properties();
		properties.setProperty("duckdb.read_only", "true");
		try (java.sql.Connection connection = java.sql.DriverManager
			.getConnection("jdbc:duckdb:" + MultiSourceBenchmark.STORE, properties);
				java.sql.ResultSet rows = connection.createStatement().executeQuery("SELECT 1")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private Object rawRows(List<String> ids, Duration span) throws Exception {
		java.util.Properties properties = new java.util.Properties();
		properties.setProperty("duckdb.read_only", "true");
		String in = String.join(",", ids.stream().map(id -> "?").toList());
		try (java.sql.Connection connection = java.sql.DriverManager
			.getConnection("jdbc:duckdb:" + MultiSourceBenchmark.STORE, properties);
				java.sql.PreparedStatement statement = connection
					.prepareStatement("SELECT asset_id, source, epoch_ms(timestamp), price FROM crypto_prices "
							+ "WHERE asset_id IN (" + in
							+ ") AND timestamp >= ? ORDER BY asset_id, source, timestamp")) {
			for (int i = 0; i < ids.size(); i++) {
				statement.setString(i + 1, ids.get(i));
			}
			statement.setObject(ids.size() + 1,
					java.time.LocalDateTime.ofInstant(MultiSourceBenchmark.END.minus(span), java.time.ZoneOffset.UTC));
			long sum = 0;
			try (java.sql.ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					sum += rows.getLong(3);
					rows.getDouble(4);
				}
			}
			return sum;
		}
	}

	private Object get(String path) throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body().length();
	}

	private Object post(String body) throws Exception {
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/analysis/batch"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body().length();
	}

	// Slider click to chart redrawn, timed inside the page: pointerdown on the slider to
	// the chart's own "drawn" stamp after the update. Each change misses the cache
	// (another horizon), and alternates so the click always changes the value.
	private List<String> browser() throws Exception {
		WebDriver driver;
		try {
			driver = BenchmarkBrowser.start();
		}
		catch (IllegalStateException ex) {
			return List.of("browser: skipped, " + ex.getMessage());
		}
		try {
			driver.get("http://localhost:" + this.port
					+ "/predictions?crypto=bitcoin&history=72&horizon=4&mode=continuous");
			var wait = new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(5));
			wait.until(d -> d.findElements(By.cssSelector("#prediction-chart[data-drawn]")).size() == 1);
			JavascriptExecutor js = (JavascriptExecutor) driver;
			js.executeScript("document.addEventListener('pointerdown', () => window.cvClick = Date.now(), true)");
			long[] inPage = new long[12];
			for (int i = -2; i < inPage.length; i++) {
				this.market.evictCache();
				String before = (String) js
					.executeScript("return document.getElementById('prediction-chart').dataset.updates");
				WebElement slider = driver.findElement(By.id("horizon"));
				int width = slider.getSize().getWidth();
				double fraction = (i % 2 == 0) ? 0.85 : 0.15;
				new Actions(driver).moveToElement(slider, (int) ((fraction - 0.5) * width), 0).click().perform();
				wait.until(d -> !before
					.equals(js.executeScript("return document.getElementById('prediction-chart').dataset.updates")));
				Thread.sleep(400);
				Number elapsed = (Number) js.executeScript(
						"return Number(document.getElementById('prediction-chart').dataset.drawn) - window.cvClick");
				if (i >= 0) {
					inPage[i] = elapsed.longValue() * 1_000_000;
				}
			}
			return List.of(format("Chromium: slider click to chart redrawn (in page)", inPage));
		}
		finally {
			driver.quit();
		}
	}

	private static String format(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double p50 = sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6;
		double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
		return String.format(Locale.ROOT, "%-66s p50 %8.1f ms   p95 %8.1f ms   (n=%d)", label, p50, p95, sorted.length);
	}

}
