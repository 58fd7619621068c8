package io.cryptoviz.dashboard.prices;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The price export before the consumer has stored anything. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PriceApiEmptyStoreTest {

	static final Path FILE = Path.of("target", "price-api-empty", "cryptoviz.duckdb").toAbsolutePath();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		Files.deleteIfExists(FILE);
		SeededStore.createEmpty(FILE);
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", FILE::toString);
	}

	@Test
	void an_empty_store_is_a_503_problem_with_retry_after_in_either_format() throws Exception {
		for (String accept : new String[] { "application/json", "text/csv" }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/prices/bitcoin"))
					.header("Accept", accept)
					.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
			assertThat(response.body()).contains("no data stored yet");
		}
	}

}
