package io.cryptoviz.dashboard.security;

import java.net.http.HttpResponse;

import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a password the dashboard is open as before, but still sends its headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cryptoviz.dashboard.security.password=")
@Import(ProbeApi.class)
@ExtendWith(OutputCaptureExtension.class)
class OpenDashboardTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> "target/no-such-dir/open-dashboard.duckdb");
	}

	@Test
	void pages_open_without_login() throws Exception {
		HttpResponse<String> home = Http.get(this.port, "/dashboard");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<html");
	}

	@Test
	void login_page_is_not_shown() throws Exception {
		HttpResponse<String> login = Http.get(this.port, "/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).doesNotContain("vaadin-login-form");
	}

	@Test
	void api_is_open_without_credentials() throws Exception {
		HttpResponse<String> api = Http.get(this.port, ProbeApi.PATH);
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).isEqualTo("reached");
	}

	@Test
	void pages_and_api_carry_the_security_headers() throws Exception {
		for (String path : new String[] { "/", "/dashboard", ProbeApi.PATH }) {
			HttpResponse<String> response = Http.get(this.port, path);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
		}
	}

	@Test
	void health_answers_on_the_public_port_and_metrics_only_on_the_management_port() throws Exception {
		HttpResponse<String> health = Http.get(this.port, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(Http.get(this.port, "/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(this.managementPort).isNotEqualTo(this.port).isNotEqualTo(9501);
		assertThat(Http.get(this.managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void says_once_at_startup_that_the_dashboard_is_open(CapturedOutput output) {
		assertThat(output.getOut().lines().filter(line -> line.contains("set CRYPTOVIZ_DASHBOARD_PASSWORD")))
			.singleElement()
			.asString()
			.contains("WARN")
			.contains("port " + this.port);
		assertThat(output.getAll()).doesNotContain("generated security password");
	}

}
