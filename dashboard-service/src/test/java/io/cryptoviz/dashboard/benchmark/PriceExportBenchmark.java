package io.cryptoviz.dashboard.benchmark;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: prints how long {@code GET /api/v1/prices/{asset}} takes to send a year of
 * one asset's 5-minute averages (and raw quotes) as CSV over HTTP, on the benchmark store
 * of {@link MultiSourceBenchmark} (100 assets, both sources, a year, about 21M rows). The
 * target is at most 1 s for the 5-minute year.
 * <p>
 * Run: {@code ./mvnw -pl dashboard-service -am -Pbench test -Dtest=PriceExportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PriceExportBenchmark {

	static final int WARMUP = 3;

	static final int RUNS = 15;

	// A year ending at the store's last quote: 365 days of 5-minute buckets, both
	// sources.
	static final String YEAR = "from=" + MultiSourceBenchmark.END.minus(Duration.ofDays(365)) + "&to="
			+ MultiSourceBenchmark.END.plusSeconds(1);

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> MultiSourceBenchmark.ensureStore().toString());
	}

	@Test
	void a_year_of_five_minute_prices_as_csv() throws Exception {
		String fiveMinutes = "/api/v1/prices/bitcoin?interval=5m&format=csv&" + YEAR;
		String raw = "/api/v1/prices/bitcoin?interval=raw&format=csv&" + YEAR;
		String daily = "/api/v1/prices/bitcoin?interval=1d&format=csv&" + YEAR;
		System.out.println("Price export, one asset, one year, two sources, CSV over HTTP:");
		measure("5m averages (the 1 s target)", fiveMinutes, 2L * 365 * 288 + 2);
		measure("raw quotes", raw, 2L * (365 * 288 + 1));
		measure("1d averages", daily, 2L * 366);
	}

	private void measure(String label, String path, long expectedRows) throws Exception {
		long[] times = new long[RUNS];
		long bytes = 0;
		long lines = 0;
		for (int i = -WARMUP; i < RUNS; i++) {
			long started = System.nanoTime();
			HttpResponse<InputStream> response = HTTP.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			bytes = 0;
			lines = 0;
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = response.body()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					bytes += n;
					for (int j = 0; j < n; j++) {
						if (buffer[j] == '\n') {
							lines++;
						}
					}
				}
			}
			if (i >= 0) {
				times[i] = System.nanoTime() - started;
			}
		}
		Arrays.sort(times);
		System.out.printf(Locale.ROOT, "  %-30s %,9d rows %6.1f MB  median %6.0f ms  p90 %6.0f ms  max %6.0f ms%n",
				label, lines - 1, bytes / 1e6, times[RUNS / 2] / 1e6, times[RUNS * 9 / 10] / 1e6,
				times[RUNS - 1] / 1e6);
		assertThat(lines - 1).as(label + ": every row once, across the slices")
			.isBetween(expectedRows - 4, expectedRows + 4);
	}

}
