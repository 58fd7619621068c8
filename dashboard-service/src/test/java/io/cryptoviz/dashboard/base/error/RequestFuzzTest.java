package io.cryptoviz.dashboard.base.error;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.cryptoviz.dashboard.ManyCryptoIds;
import io.cryptoviz.dashboard.predictions.MalformedInputs;
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
 * Over a thousand hostile or malformed requests, sent as raw bytes to a running server
 * over a real DuckDB store: path and query parameters, bodies, content types, methods,
 * headers and request lines Tomcat refuses itself. None may get a 5xx; every error must
 * be a problem (or, for a browser away from the API, the styled error page) with the
 * security headers; the log may hold at most one line per refused request and no stack
 * trace; and the service must answer normally afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RequestFuzzTest {

	static final List<String> ENDPOINTS = List.of("/api/v1/predictions/", "/api/v1/signals/", "/api/v1/confidence/",
			"/api/v1/prices/");

	@LocalServerPort
	int port;

	@Value("${server.max-http-request-header-size}")
	DataSize headerLimit;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	@Test
	void no_request_gets_a_server_error_an_unexplained_error_or_a_stack_trace(CapturedOutput output) throws Exception {
		List<Fuzz> inputs = inputs(Math.toIntExact(this.headerLimit.toBytes()));
		int logStart = output.getOut().length();
		Map<String, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int refused = 0;
		for (Fuzz input : inputs) {
			RawHttp.Response response = RawHttp.send(this.port, input.request());
			statuses.merge(input.kind() + " " + response.status(), 1, Integer::sum);
			if (response.status() >= 400) {
				refused++;
			}
			String problem = check(input, response);
			if (problem != null) {
				failures.add(problem + ": " + abbreviate(input.request()));
			}
		}
		String log = output.getOut().substring(logStart);
		long logLines = log.lines().filter(line -> !line.isBlank()).count();
		System.out.printf("Request fuzz: %d inputs, %d refused (4xx), %d log lines, statuses %s%n", inputs.size(),
				refused, logLines, statuses);

		assertThat(failures).as("requests answered with a 5xx, without a problem or without security headers")
			.isEmpty();
		assertThat(inputs.size()).isGreaterThanOrEqualTo(1_000);
		assertThat(log.lines().filter(line -> line.startsWith("\tat ") || line.contains("Exception:")))
			.as("stack traces in the log")
			.isEmpty();
		assertThat(logLines).as("log lines for %d refused requests", refused).isLessThanOrEqualTo(refused);
		assertServiceHealthy();
	}

	private void assertServiceHealthy() throws Exception {
		RawHttp.Response health = RawHttp.send(this.port, get("/actuator/health", ""));
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
		RawHttp.Response prediction = RawHttp.send(this.port, get("/api/v1/predictions/bitcoin?horizon=4", ""));
		assertThat(prediction.status()).isEqualTo(200);
		assertThat(prediction.header("Content-Type")).startsWith("application/json");
	}

	private String check(Fuzz input, RawHttp.Response response) {
		int status = response.status();
		if (status == 0) {
			// HTTP/0.9 has no status line: the body alone is the answer.
			return (input.kind().equals("http/0.9") && response.body().contains("\"status\"")) ? null : "no response";
		}
		if (status >= 500) {
			return "status " + status;
		}
		if (status < 400) {
			return null;
		}
		if (!response.header("Set-Cookie").isEmpty()) {
			return status + " opened a session";
		}
		String type = response.header("Content-Type");
		// A browser away from the machine endpoints gets the styled page, unless the
		// request line was too long for Tomcat to read its Accept header at all.
		boolean html = input.request().contains("Accept: text/html") && !input.request().contains(" /api/")
				&& !input.request().contains(" /actuator/")
				&& input.request().indexOf("\r\n") < this.headerLimit.toBytes();
		if (!type.startsWith(html ? "text/html" : "application/problem+json")) {
			return status + " as '" + type + "'";
		}
		if (!response.header("X-Content-Type-Options").equals("nosniff")
				|| response.header("Content-Security-Policy").isEmpty()) {
			return status + " without security headers";
		}
		return null;
	}

	/**
	 * @param headerLimit the most bytes of request line and headers Tomcat reads
	 * @return the requests to send
	 */
	static List<Fuzz> inputs(int headerLimit) {
		List<Fuzz> inputs = new ArrayList<>();
		pathParameters(inputs);
		queryParameters(inputs);
		priceQueries(inputs);
		bodies(inputs);
		contentTypes(inputs);
		methods(inputs);
		headers(inputs, headerLimit);
		requestLines(inputs, headerLimit);
		pages(inputs, headerLimit);
		return inputs;
	}

	private static void pathParameters(List<Fuzz> inputs) {
		List<String> raw = List.of("..%2f..%2fetc%2fpasswd", "%5c..%5cwindows", "%00", "bit%00coin", "%2e%2e",
				"%2e%2e%2f", "bitcoin;jsessionid=1", "%ff", "%c0%af", "%e2%80%ae", "bitcoin%20", "%20bitcoin",
				"bitcoin/extra", "bitcoin//", "./bitcoin", "~root", "bitcoin%0d%0aX-Injected:%20yes", "%25",
				"%u0062itcoin");
		for (String endpoint : ENDPOINTS) {
			for (String asset : MalformedInputs.ASSETS) {
				inputs.add(new Fuzz("path", get(endpoint + encode(asset), "")));
			}
			for (String asset : raw) {
				inputs.add(new Fuzz("path", get(endpoint + asset, "")));
			}
		}
	}

	private static void queryParameters(List<Fuzz> inputs) {
		List<Map<String, String>> combinations = MalformedInputs.combinations(460, 16);
		for (int i = 0; i < combinations.size(); i++) {
			String query = combinations.get(i)
				.entrySet()
				.stream()
				.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
				.collect(Collectors.joining("&"));
			inputs.add(new Fuzz("query", get(ENDPOINTS.get(i % ENDPOINTS.size()) + "bitcoin?" + query, "")));
		}
		for (String query : List.of("horizon=%ff", "horizon=%", "horizon=%zz", "horizon=%00", "%ff=1", "models=,",
				"models=,,", "horizon=4&horizon=5", "horizon", "=4", "&&&", "horizon=%c0%80", "source=%ed%a0%80",
				"a=" + "%41".repeat(3000))) {
			for (String endpoint : ENDPOINTS) {
				inputs.add(new Fuzz("query", get(endpoint + "bitcoin?" + query, "")));
			}
		}
	}

	/** The price export's own parameters: periods, intervals and formats. */
	private static void priceQueries(List<Fuzz> inputs) {
		for (String query : List.of("interval=1w", "interval=", "interval=RAW", "interval=5m&from=1900-01-01",
				"from=2020-13-01", "from=%2B999999999-01-01", "to=-999999999-12-31", "to=1970-01-01",
				"from=2026-01-02&to=2026-01-01", "from=2026-01-01&to=2026-01-01", "from=0000-01-01T00:00:00Z",
				"to=2026-01-01T25:00:00Z", "from=yesterday", "from=%ff", "format=xml", "format=", "format=CSV",
				"format=csv&interval=1d&from=2000-01-01", "interval=raw&from=2000-01-01&to=2030-01-01",
				"source=binance", "source=", "source=cg,cmc,cg", "source=%00", "interval=1h&interval=1d",
				"from=2026-01-01T00:00:00%2B25:00", "to=" + "9".repeat(400))) {
			inputs.add(new Fuzz("query", get("/api/v1/prices/bitcoin?" + query, "")));
			inputs.add(new Fuzz("query", get("/api/v1/prices/bitcoin?" + query, "Accept: text/csv\r\n")));
		}
	}

	private static void bodies(List<Fuzz> inputs) {
		List<String> bodies = new ArrayList<>(List.of("", " ", "null", "[]", "{}", "\"bitcoin\"", "{\"assets\": null}",
				"{\"assets\": []}", "{\"assets\": [null]}", "{\"assets\": [[]]}", "{\"assets\": {}}",
				"{\"assets\": [\"bitcoin\"], \"horizon\": null}", "{\"assets\": [\"bitcoin\"], \"horizon\": {}}",
				"{\"assets\": [\"bitcoin\"], \"horizon\": [4]}", "{\"assets\": [\"bitcoin\"], \"horizon\": 1e400}",
				"{\"assets\": [\"bitcoin\"], \"history\": -1}", "{\"assets\": [\"bitcoin\"], \"source\": 5}",
				"{\"assets\": [\"bitcoin\"]", "{\"assets\": [\"bitcoin\",]}", "\u0000", "{\"assets\": [\"bitcoin\"]}",
				"{\"assets\": [\"" + "x".repeat(50_000) + "\"]}", "{\"assets\": [\"" + "x".repeat(70_000) + "\"]}",
				"[".repeat(5_000), "{\"a\":".repeat(3_000), "\uFEFF{\"assets\": [\"bitcoin\"]}",
				"{\"assets\": [\"bitcoin\"], \"assets\": [\"ethereum\"]}"));
		for (Map<String, String> combination : MalformedInputs.combinations(70, 11)) {
			bodies.add("{\"assets\": [\"bitcoin\"], " + combination.entrySet()
				.stream()
				.map(e -> "\"" + e.getKey() + "\": \"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"")
						+ "\"")
				.collect(Collectors.joining(", ")) + "}");
		}
		for (String body : bodies) {
			inputs.add(new Fuzz("body", post("/api/v1/analysis/batch", "application/json", body)));
		}
		String chunkedHead = "POST /api/v1/analysis/batch HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
		for (String chunks : List.of("1a\r\n{\"assets\": [\"bitcoin\"]}\r\n0\r\n\r\n", "zz\r\n{}\r\n0\r\n\r\n",
				"5\r\n{\"assets\": [\"bitcoin\"]}\r\n0\r\n\r\n", "ffffffffffffffff\r\n{}\r\n0\r\n\r\n", "2\r\n{}",
				"-1\r\n{}\r\n0\r\n\r\n", "2;ext=1\r\n{}\r\n0\r\n\r\n", "2\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n",
				"10000\r\n" + "x".repeat(65_536) + "\r\n10000\r\n" + "x".repeat(65_536) + "\r\n0\r\n\r\n")) {
			inputs.add(new Fuzz("chunked", chunkedHead + chunks));
		}
		inputs.add(new Fuzz("body", "POST /api/v1/analysis/batch HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{\"assets\":"));
	}

	private static void contentTypes(List<Fuzz> inputs) {
		for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "application/json; charset=utf-16",
				"application/json; charset=bogus", "application/json; charset=", "application/problem+json",
				"application/*", "*/*", ";;;", "json", "application/json; boundary", "APPLICATION/JSON",
				"application/json;charset=latin1", "application/vnd.api+json", "text/html", "application/octet-stream",
				"\u00ff/\u00ff")) {
			inputs.add(new Fuzz("content-type", post("/api/v1/analysis/batch", type, "{\"assets\": [\"bitcoin\"]}")));
			inputs.add(new Fuzz("content-type", post("/api/v1/analysis/batch", type, "assets=bitcoin")));
		}
	}

	private static void methods(List<Fuzz> inputs) {
		List<String> paths = List.of("/api/v1/assets", "/api/v1/predictions/bitcoin", "/api/v1/analysis/batch",
				"/api/docs/openapi", "/actuator/health", "/error", "/api/v1/nothing", "/api/");
		for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "PROPFIND", "FOO", "CONNECT",
				"POST", "GET", "MOVE")) {
			for (String path : paths) {
				inputs.add(new Fuzz("method", method + " " + path
						+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + "Content-Length: 0\r\n\r\n"));
			}
		}
	}

	private static void headers(List<Fuzz> inputs, int headerLimit) {
		List<String> accepts = List.of("application/json;charset=utf-16", "application/json;charset=utf-8",
				"application/problem+json", "text/html", "text/csv", ";;;", "*/*;q=abc", "application/json;q=0",
				"application/*;charset=iso-8859-1", "*/*;charset=utf-16, application/json;charset=utf-32",
				"application/json, text/html;q=0.5", "image/png", "\u00ff", "application/problem+json;charset=utf-16",
				"*/*", "application/yaml", "application/json;charset=\"utf-8\"", "application/xml;q=1, */*;q=0");
		for (String accept : accepts) {
			for (String path : List.of("/api/v1/assets", "/api/v1/predictions/bitcoin?horizon=abc",
					"/api/v1/signals/no-such-coin", "/api/v1/prices/bitcoin?interval=1h")) {
				inputs.add(new Fuzz("accept", get(path, "Accept: " + accept + "\r\n")));
			}
		}
		for (String charset : List.of("utf-16", "iso-8859-1, utf-8;q=0", "utf-8", "*", "bogus", ";;")) {
			inputs.add(new Fuzz("accept-charset", get("/api/v1/assets", "Accept-Charset: " + charset + "\r\n")));
		}
		List<String> others = List.of("X-Big: " + "a".repeat(20_000) + "\r\n",
				"X-Big: " + "a".repeat(headerLimit + 1_024) + "\r\n", "NoColonHeader\r\n", "Content-Length: abc\r\n",
				"Content-Length: -1\r\n", "Content-Length: 1\r\nContent-Length: 2\r\n", "Transfer-Encoding: gzip\r\n",
				"Transfer-Encoding: chunked, identity\r\n", "Host: a\r\nHost: b\r\n", "Authorization: Basic !!!\r\n",
				"Authorization: Bearer x\r\n", "Cookie: JSESSIONID=" + "x".repeat(500) + "\r\n",
				"Cookie: " + "a=b; ".repeat(300) + "\r\n", "X-Forwarded-For: ' OR 1=1\r\n", "Range: bytes=0-1\r\n",
				"Expect: 100-continue\r\n", "Expect: nonsense\r\n", "If-Modified-Since: yesterday\r\n",
				"Accept-Language: \u00ff\u00ff\r\n", "Origin: http://evil.example\r\n", "X-\u00ff: \u00ff\r\n",
				"Upgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n",
				"Upgrade: websocket\r\n", " Folded: header\r\n", "X-Many: 1\r\n".repeat(150));
		for (String header : others) {
			for (String path : List.of("/api/v1/assets", "/api/v1/predictions/bitcoin")) {
				inputs.add(new Fuzz("header", get(path, header)));
			}
		}
	}

	private static void requestLines(List<Fuzz> inputs, int headerLimit) {
		for (String line : List.of("GET /api/v1/assets HTTP/1.1", "GET /api/v1/assets HTTP/1.0",
				"get /api/v1/assets HTTP/1.1", "GET /api/v1/assets HTTP/3.0", "GET /api/v1/assets HTTP/1",
				"GET  /api/v1/assets HTTP/1.1", "GET /api/v1/assets\tHTTP/1.1",
				"GET http://other.example/api/v1/assets HTTP/1.1", "GET * HTTP/1.1", "OPTIONS * HTTP/1.1",
				"GET api/v1/assets HTTP/1.1", "GET /api/v1/a\u00ffsets HTTP/1.1",
				"GET /api/v1/assets?x=\u0001 HTTP/1.1", "GET /api/v1/<script> HTTP/1.1",
				"GET /api/v1/assets#frag HTTP/1.1", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
				"GET /..;/api/v1/assets HTTP/1.1", "GET //api//v1//assets HTTP/1.1", "GET /api/v1/./assets HTTP/1.1",
				"GET /api/v1/../v1/assets HTTP/1.1", "GET /api/v1/assets%00.json HTTP/1.1",
				"GET /api/v1/%2fassets HTTP/1.1", "GET /api/v1/%5cassets HTTP/1.1",
				"GET /" + "a".repeat(10_000) + " HTTP/1.1", "GET /" + "a".repeat(headerLimit + 1_024) + " HTTP/1.1",
				"G\u00ffT /api/v1/assets HTTP/1.1", "GET /api/v1/assets HTTP/1.1 extra", "\u0000\u0001\u0002")) {
			inputs.add(new Fuzz("request-line", line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
		}
		inputs.add(new Fuzz("http/0.9", "GET /api/v1/nothing\r\n"));
		inputs.add(new Fuzz("request-line", "GET /api/v1/assets HTTP/1.1\r\nConnection: close\r\n\r\n"));
		inputs.add(new Fuzz("request-line", "GET /api/v1/assets HTTP/1.1\nHost: localhost\nConnection: close\n\n"));
		inputs.add(new Fuzz("request-line",
				"\r\n\r\nGET /api/v1/assets HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
	}

	private static void pages(List<Fuzz> inputs, int headerLimit) {
		List<String> unknown = List.of("/robots.txt", "/.git/config", "/.env", "/wp-admin/", "/admin", "/phpinfo.php",
				"/dashboard/extra", "/predictions/bitcoin", "/server-status", "/index.html", "/favicon.png",
				"/login/../../etc/passwd", "/%2e%2e/", "/META-INF/MANIFEST.MF", "/WEB-INF/web.xml",
				"/dashboard?period=custom&from=2020-01-01&to=%2B999999999-12-31",
				"/dashboard?cryptos=" + "a,".repeat(10_000), "/dashboard?cryptos=" + ManyCryptoIds.joined(10_000),
				"/dashboard?cryptos=" + "a,".repeat(headerLimit / 2 + 1_024), "/predictions?horizon=%ff", "/error",
				"/actuator/env", "/actuator/prometheus", "/actuator/heapdump");
		for (String path : unknown) {
			inputs.add(new Fuzz("page", get(path, "Accept: text/html,application/xhtml+xml\r\n")));
			inputs.add(new Fuzz("page", get(path, "")));
		}
	}

	static String get(String path, String headers) {
		return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n";
	}

	static String post(String path, String contentType, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return new String(
				("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + contentType
						+ "\r\nContent-Length: " + bytes.length + "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8),
				StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.ISO_8859_1);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String abbreviate(String text) {
		String oneLine = text.replace("\r\n", " | ");
		return (oneLine.length() <= 160) ? oneLine : oneLine.substring(0, 157) + "...";
	}

	/**
	 * @param kind what is fuzzed, for the summary
	 * @param request the raw request, ISO-8859-1 bytes as characters
	 */
	record Fuzz(String kind, String request) {
	}

}
