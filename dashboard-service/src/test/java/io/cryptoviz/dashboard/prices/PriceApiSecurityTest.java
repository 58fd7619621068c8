package io.cryptoviz.dashboard.prices;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.cryptoviz.dashboard.predictions.PredictionsStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With a password the price export needs HTTP Basic, as the rest of the API does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cryptoviz.dashboard.security.password=" + PriceApiSecurityTest.PASSWORD)
class PriceApiSecurityTest {

	static final String PASSWORD = "Pr1ces-secret-4Lz";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	HttpResponse<String> get(String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/prices/bitcoin?format=csv"));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void without_credentials_the_export_is_a_401_problem_and_sends_no_prices() throws Exception {
		HttpResponse<String> response = get();

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("coingecko");
	}

	@Test
	void with_the_password_the_export_streams_csv() throws Exception {
		String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = get("Authorization", "Basic " + basic);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("time,source,price\r\n").contains(",coingecko,");
	}

}
