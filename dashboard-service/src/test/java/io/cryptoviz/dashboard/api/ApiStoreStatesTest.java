package io.cryptoviz.dashboard.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.dashboard.WriteLockHolder;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API while the store cannot answer: nothing written yet, or the consumer holding the
 * write lock past the retry bound (here 200 ms).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiStoreStatesTest {

	static final Path FILE = Path.of("target", "api-store-states", "cryptoviz.duckdb").toAbsolutePath();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MarketData market;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", FILE::toString);
		registry.add("cryptoviz.dashboard.lock.wait-bound", () -> "200ms");
	}

	HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void before_the_first_data_assets_are_empty_and_analyses_are_503() throws Exception {
		Files.deleteIfExists(FILE);
		this.market.evictCache();
		HttpResponse<String> assets = get("/api/v1/assets");
		HttpResponse<String> prediction = get("/api/v1/predictions/bitcoin");
		assertThat(assets.statusCode()).isEqualTo(200);
		assertThat(assets.body()).isEqualTo("[]");
		assertThat(prediction.statusCode()).isEqualTo(503);
		assertThat(prediction.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(prediction.body()).contains("no data stored yet");
	}

	@Test
	void a_store_locked_past_the_retry_bound_is_503_with_retry_after() throws Exception {
		Files.deleteIfExists(FILE);
		SeededStore.create(FILE, 2, Duration.ofHours(12), Instant.parse("2026-03-01T12:00:00Z"));
		this.market.evictCache();
		try (WriteLockHolder holder = WriteLockHolder.hold(FILE, Duration.ofSeconds(3))) {
			HttpResponse<String> response = get("/api/v1/signals/bitcoin");
			assertThat(holder.holding()).isTrue();
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(response.body()).contains("the data store is busy");
		}
		this.market.evictCache();
		assertThat(get("/api/v1/signals/bitcoin").statusCode()).isEqualTo(200);
	}

}
