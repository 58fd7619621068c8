package io.cryptoviz.dashboard.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cryptoviz.dashboard.predictions.MalformedInputs;
import io.cryptoviz.dashboard.predictions.PredictionsStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of malformed requests over real HTTP: none may produce a 5xx, and every API
 * error must be a problem document. The page itself is fuzzed through its URL in
 * {@code PredictionsViewTest}, where its server-side code runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedInputFuzzTest {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final List<String> ENDPOINTS = List.of("/api/v1/predictions/", "/api/v1/signals/", "/api/v1/confidence/");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	@Test
	void no_malformed_query_gets_a_server_error_from_the_api() throws Exception {
		List<Map<String, String>> combinations = MalformedInputs.combinations(300, 7);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < combinations.size(); i++) {
			String path = ENDPOINTS.get(i % ENDPOINTS.size()) + encode(MalformedInputs.asset(i)) + "?"
					+ query(combinations.get(i));
			HttpResponse<String> response = get(path);
			if (response.statusCode() >= 500 || (response.statusCode() >= 400 && !isProblem(response))) {
				failures.add(response.statusCode() + " " + path.substring(0, Math.min(path.length(), 200)));
			}
		}
		assertThat(failures).as("requests answered with a 5xx or without a problem body").isEmpty();
	}

	@Test
	void no_malformed_batch_body_gets_a_server_error() throws Exception {
		List<String> bodies = new ArrayList<>(List.of("", " ", "null", "[]", "{}", "\"bitcoin\"", "{\"assets\": null}",
				"{\"assets\": []}", "{\"assets\": [null]}", "{\"assets\": [[]]}", "{\"assets\": {}}",
				"{\"assets\": [\"bitcoin\"], \"horizon\": null}", "{\"assets\": [\"bitcoin\"], \"horizon\": {}}",
				"{\"assets\": [\"bitcoin\"], \"horizon\": [4]}", "{\"assets\": [\"bitcoin\"], \"horizon\": 1e400}",
				"{\"assets\": [\"bitcoin\"], \"history\": -1}", "{\"assets\": [\"bitcoin\"], \"source\": 5}",
				"{\"assets\": [\"bitcoin\"]", "{\"assets\": [\"bitcoin\",]}", "\u0000",
				"{\"assets\": [\"" + "x".repeat(100_000) + "\"]}"));
		for (Map<String, String> combination : MalformedInputs.combinations(60, 11)) {
			String fields = combination.entrySet()
				.stream()
				.map(e -> "\"" + e.getKey() + "\": \""
						+ e.getValue().replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "") + "\"")
				.collect(Collectors.joining(", "));
			bodies.add("{\"assets\": [\"bitcoin\"], " + fields + "}");
		}
		List<String> failures = new ArrayList<>();
		for (String body : bodies) {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/analysis/batch"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 500 || (response.statusCode() >= 400 && !isProblem(response))) {
				failures.add(response.statusCode() + " " + body.substring(0, Math.min(body.length(), 120)));
			}
		}
		assertThat(bodies).hasSizeGreaterThanOrEqualTo(80);
		assertThat(failures).as("bodies answered with a 5xx or without a problem body").isEmpty();
	}

	@Test
	void no_malformed_page_url_gets_a_server_error() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Map<String, String> combination : MalformedInputs.combinations(200, 13)) {
			String path = "/predictions?" + query(combination);
			HttpResponse<String> response = get(path);
			if (response.statusCode() >= 500) {
				failures.add(response.statusCode() + " " + path.substring(0, Math.min(path.length(), 200)));
			}
		}
		assertThat(failures).isEmpty();
	}

	HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static boolean isProblem(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
	}

	static String query(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
