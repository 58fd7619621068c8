package io.cryptoviz.dashboard.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Plain HTTP calls that do not follow redirects, so a redirect to the login page shows.
 */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private Http() {
	}

	static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(port, path)).build());
	}

	static HttpResponse<String> get(int port, String path, String username, String password)
			throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(port, path)).header("Authorization", "Basic " + credentials).build());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
