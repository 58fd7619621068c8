package io.cryptoviz.dashboard;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import io.cryptoviz.dashboard.base.ui.KpiCard;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With Redis down the dashboard stays up and says so on the home page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ViewPackages(packages = "io.cryptoviz.dashboard")
class RedisDownTest extends SpringBrowserlessTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + closedPort);
		registry.add("cryptoviz.dashboard.database-path", () -> "target/no-such-dir/never-written.duckdb");
	}

	@Test
	void home_shows_redis_as_unreachable_instead_of_an_error_page() {
		navigate("", com.vaadin.flow.component.Component.class);
		KpiCard redis = $(KpiCard.class).id("kpi-redis");
		assertThat(redis.value()).isEqualTo("Unreachable");
		assertThat(redis.toneClass()).isEqualTo("cv-stale");
	}

	@Test
	void health_stays_up() throws Exception {
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

}
