package io.cryptoviz.dashboard.base.error;

import io.cryptoviz.dashboard.ManyCryptoIds;
import io.cryptoviz.dashboard.predictions.PredictionsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests of issue 16 one by one, each answered on purpose: the status it names, a
 * problem (or the styled page for a browser), the security headers, no session and no
 * stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RefusalsTest {

	@LocalServerPort
	int port;

	/** Request line plus headers Tomcat reads; a long link must fit, more is refused. */
	@Value("${server.max-http-request-header-size}")
	DataSize headerLimit;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	@Test
	void a_charset_the_api_cannot_write_is_a_406_problem() throws Exception {
		assertProblem(get("/api/v1/assets", "Accept: application/json;charset=utf-16\r\n"), 406);
		assertProblem(get("/api/v1/assets", "Accept-Charset: utf-16\r\n"), 406);
	}

	@Test
	void an_unparsable_accept_header_is_a_406_problem() throws Exception {
		assertProblem(get("/api/v1/predictions/bitcoin?horizon=abc", "Accept: ;;;\r\n"), 406);
	}

	@Test
	void accept_problem_json_alone_gets_the_real_error() throws Exception {
		RawHttp.Response response = get("/api/v1/predictions/bitcoin?horizon=abc",
				"Accept: application/problem+json\r\n");
		assertProblem(response, 400);
		assertThat(response.body()).contains("\"parameter\":\"horizon\"");
	}

	@Test
	void an_undecodable_query_is_one_400_problem_and_one_log_line_at_most(CapturedOutput output) throws Exception {
		int before = output.getOut().length();
		assertProblem(get("/api/v1/predictions/bitcoin?horizon=%ff", ""), 400);
		String log = output.getOut().substring(before);
		assertThat(log.lines().filter(line -> !line.isBlank())).hasSizeLessThanOrEqualTo(1);
		assertThat(log).doesNotContain("\tat ");
	}

	@Test
	void path_tricks_get_a_problem_with_the_security_headers() throws Exception {
		for (String path : new String[] { "/api/v1/..%2f..%2fetc", "/api/v1/%5c", "/api/v1/%00" }) {
			assertProblem(get(path, ""), 400);
		}
	}

	@Test
	void an_oversized_header_gets_a_problem() throws Exception {
		assertProblem(get("/api/v1/assets", "X-Big: " + "a".repeat(overTheLimit()) + "\r\n"), 400);
	}

	@Test
	void a_link_naming_10000_cryptos_gets_the_page_and_a_longer_one_a_problem() throws Exception {
		RawHttp.Response page = get("/dashboard?cryptos=" + ManyCryptoIds.joined(10_000), "Accept: text/html\r\n");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");

		assertProblem(get("/dashboard?cryptos=" + "a,".repeat(overTheLimit() / 2), "Accept: text/html\r\n"), 400);
	}

	@Test
	void trace_is_a_405_problem() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port,
				"TRACE /api/v1/assets HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertProblem(response, 405);
	}

	@Test
	void error_asked_for_directly_is_a_404_not_999() throws Exception {
		assertProblem(get("/error", ""), 404);
	}

	@Test
	void an_unknown_page_is_a_styled_404_without_a_session() throws Exception {
		for (String path : new String[] { "/robots.txt", "/.git/config" }) {
			RawHttp.Response response = get(path, "Accept: text/html\r\n");
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.header("Content-Type")).startsWith("text/html");
			assertThat(response.body()).contains("Back to the dashboard");
			assertThat(response.header("Set-Cookie")).isEmpty();
			assertThat(response.header("Content-Security-Policy")).isEqualTo(ResponseHeaders.CONTENT_SECURITY_POLICY);
		}
	}

	@Test
	void an_api_body_over_64_kb_is_a_413_problem() throws Exception {
		String body = "{\"assets\": [\"" + "x".repeat(70_000) + "\"]}";
		RawHttp.Response response = RawHttp.send(this.port,
				"POST /api/v1/analysis/batch HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
		assertProblem(response, 413);
	}

	@Test
	void an_empty_model_list_is_a_400() throws Exception {
		RawHttp.Response response = get("/api/v1/predictions/bitcoin?models=,", "");
		assertProblem(response, 400);
		assertThat(response.body()).contains("\"parameter\":\"models\"");
	}

	private int overTheLimit() {
		return Math.toIntExact(this.headerLimit.toBytes()) + 1_024;
	}

	private RawHttp.Response get(String path, String headers) throws Exception {
		return RawHttp.send(this.port, RequestFuzzTest.get(path, headers));
	}

	private static void assertProblem(RawHttp.Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status);
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Content-Security-Policy")).isEqualTo(ResponseHeaders.CONTENT_SECURITY_POLICY);
	}

}
