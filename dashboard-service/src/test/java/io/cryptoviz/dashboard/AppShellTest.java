package io.cryptoviz.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.cryptoviz.testsupport.redis.RealRedis;

import static org.assertj.core.api.Assertions.assertThat;

/** What every page's shell carries, checked where a password is set: the tab's icon. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cryptoviz.dashboard.security.password=Shell-pw-1234")
class AppShellTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> "target/no-such-dir/app-shell.duckdb");
	}

	@Test
	void every_page_names_the_favicon_and_it_is_served_before_signing_in() throws Exception {
		HttpResponse<String> login = get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).containsPattern("<link(?=[^>]*rel=\"icon\")(?=[^>]*href=\"icons/favicon.svg\")[^>]*>");

		HttpResponse<String> icon = get("/icons/favicon.svg");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(icon.body()).startsWith("<svg");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
