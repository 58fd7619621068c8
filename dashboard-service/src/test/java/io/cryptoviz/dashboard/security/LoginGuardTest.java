package io.cryptoviz.dashboard.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated wrong passwords over real HTTP: form login and HTTP Basic share one count per
 * client, and the sixth attempt in a minute is refused before the password is checked.
 * Its own user name gives it its own application context, so its failures cannot throttle
 * {@link LoginRequiredTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cryptoviz.dashboard.security.password=" + LoginGuardTest.PASSWORD,
				"cryptoviz.dashboard.security.username=throttled" })
@Import(ProbeApi.class)
class LoginGuardTest {

	static final String PASSWORD = "Qp4-secret-7zL1m";

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> "target/no-such-dir/login-guard.duckdb");
	}

	@Test
	void five_failures_then_even_the_right_password_waits_with_429_and_retry_after() throws Exception {
		assertThat(Http.get(this.port, ProbeApi.PATH, "throttled", PASSWORD).statusCode()).isEqualTo(200);
		for (int i = 0; i < 3; i++) {
			assertThat(Http.get(this.port, ProbeApi.PATH, "throttled", "wrong-" + i).statusCode()).isEqualTo(401);
		}
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> form = postLogin("username=throttled&password=wrong", null);
			assertThat(form.statusCode()).isEqualTo(302);
			assertThat(form.headers().firstValue("Location"))
				.hasValueSatisfying(url -> assertThat(url).contains("error"));
		}

		HttpResponse<String> basic = Http.get(this.port, ProbeApi.PATH, "throttled", PASSWORD);
		assertThat(basic.statusCode()).isEqualTo(429);
		assertThat(basic.headers().firstValue("Retry-After").map(Long::parseLong))
			.hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 60L));
		assertThat(basic.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> form = postLogin("username=throttled&password=" + PASSWORD, null);
		assertThat(form.statusCode()).isEqualTo(429);
	}

	@Test
	void a_login_form_posted_from_another_site_is_refused() throws Exception {
		HttpResponse<String> response = postLogin("username=throttled&password=" + PASSWORD, "https://evil.example");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("cross-site-login");
	}

	private HttpResponse<String> postLogin(String form, String origin) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
