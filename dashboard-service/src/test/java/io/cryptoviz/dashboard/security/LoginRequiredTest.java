package io.cryptoviz.dashboard.security;

import java.net.http.HttpResponse;

import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With a password the pages and the API need it; health stays public. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cryptoviz.dashboard.security.password=" + LoginRequiredTest.PASSWORD)
@Import(ProbeApi.class)
@ExtendWith(OutputCaptureExtension.class)
class LoginRequiredTest {

	static final String PASSWORD = "Kx7-secret-9fQ2w";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	SecuritySettings settings;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> "target/no-such-dir/login-required.duckdb");
	}

	@Test
	void a_page_redirects_to_the_login_page() throws Exception {
		HttpResponse<String> page = Http.get(this.port, "/dashboard");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
	}

	@Test
	void login_page_is_public() throws Exception {
		HttpResponse<String> login = Http.get(this.port, "/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void health_stays_public_on_the_main_port() throws Exception {
		HttpResponse<String> health = Http.get(this.port, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void prometheus_is_only_on_the_management_port() throws Exception {
		HttpResponse<String> publicPort = Http.get(this.port, "/actuator/prometheus", "admin", PASSWORD);
		assertThat(publicPort.statusCode()).isNotEqualTo(200);
		assertThat(publicPort.body()).doesNotContain("jvm_memory_used_bytes");
		HttpResponse<String> management = Http.get(this.managementPort, "/actuator/prometheus", "admin", PASSWORD);
		assertThat(management.statusCode()).isEqualTo(200);
		assertThat(management.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void the_management_port_needs_the_password() throws Exception {
		for (String endpoint : new String[] { "prometheus", "metrics", "info", "health" }) {
			HttpResponse<String> response = Http.get(this.managementPort, "/actuator/" + endpoint);
			assertThat(response.statusCode()).as(endpoint).isEqualTo(401);
			assertThat(response.body()).as(endpoint).doesNotContain("jvm_memory_used_bytes");
		}
	}

	@Test
	void environment_and_settings_endpoints_are_not_exposed() throws Exception {
		for (String endpoint : new String[] { "env", "configprops", "beans", "heapdump" }) {
			HttpResponse<String> response = Http.get(this.managementPort, "/actuator/" + endpoint, "admin", PASSWORD);
			assertThat(response.statusCode()).as(endpoint).isEqualTo(404);
			assertThat(response.body()).as(endpoint).doesNotContain(PASSWORD);
		}
	}

	@Test
	void the_password_is_never_logged_nor_printed(CapturedOutput output) throws Exception {
		Http.get(this.port, ProbeApi.PATH, "admin", PASSWORD);
		Http.get(this.port, ProbeApi.PATH, "admin", "wrong");
		assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain("CRYPTOVIZ_DASHBOARD_PASSWORD before");
		assertThat(this.settings.toString()).doesNotContain(PASSWORD).contains("admin");
	}

	@Nested
	class Api {

		@Test
		void refuses_a_call_without_credentials_with_a_problem() throws Exception {
			HttpResponse<String> response = Http.get(LoginRequiredTest.this.port, ProbeApi.PATH);
			assertUnauthorized(response);
		}

		@Test
		void refuses_a_wrong_password() throws Exception {
			HttpResponse<String> response = Http.get(LoginRequiredTest.this.port, ProbeApi.PATH, "admin",
					PASSWORD + "x");
			assertUnauthorized(response);
		}

		@Test
		void refuses_a_wrong_username() throws Exception {
			assertUnauthorized(Http.get(LoginRequiredTest.this.port, ProbeApi.PATH, "root", PASSWORD));
		}

		@Test
		void answers_the_right_credentials_without_a_session() throws Exception {
			HttpResponse<String> response = Http.get(LoginRequiredTest.this.port, ProbeApi.PATH, "admin", PASSWORD);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("reached");
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		}

		private void assertUnauthorized(HttpResponse<String> response) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm=\"CryptoViz\""));
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"status\":401").contains("HTTP Basic");
		}

	}

}
