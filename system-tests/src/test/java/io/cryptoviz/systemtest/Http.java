package io.cryptoviz.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls for the scenarios; a refused connection counts as status 0. */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	static HttpResponse<String> get(String url) throws InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
	}

	static HttpResponse<String> postJson(String url, String json) throws InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	static HttpResponse<String> delete(String url) throws InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).DELETE().build());
	}

	static HttpResponse<String> send(HttpRequest request) throws InterruptedException {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex, ex);
		}
	}

	/**
	 * A counter from {@code /actuator/metrics/{name}}, summed over the given tag filter.
	 */
	static double metric(String baseUrl, String name, String tagFilter) throws InterruptedException {
		String url = baseUrl + "/actuator/metrics/" + name + (tagFilter.isEmpty() ? "" : "?tag=" + tagFilter);
		HttpResponse<String> response = get(url);
		if (response.statusCode() == 404) {
			return 0;
		}
		var matcher = java.util.regex.Pattern
			.compile("\"statistic\"\\s*:\\s*\"(COUNT|VALUE)\"\\s*,\\s*\"value\"\\s*:\\s*([-0-9.Ee]+)")
			.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no COUNT or VALUE in " + url + ": " + response.body());
		}
		return Double.parseDouble(matcher.group(2));
	}

}
