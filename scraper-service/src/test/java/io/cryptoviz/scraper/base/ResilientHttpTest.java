package io.cryptoviz.scraper.base;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.cryptoviz.scraper.fixtures.AdvancingSleeper;
import io.cryptoviz.scraper.fixtures.FixtureServer;
import io.cryptoviz.scraper.fixtures.FixtureServer.Reply;
import io.cryptoviz.scraper.fixtures.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class ResilientHttpTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2024-01-27T10:00:00Z"));

	private final AdvancingSleeper sleeper = new AdvancingSleeper(this.clock);

	private final FixtureServer server = FixtureServer.start(this.clock);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private ResilientHttp http(int callsPerMinute, Duration readTimeout) {
		ScraperProperties.SourceSettings settings = new ScraperProperties.SourceSettings("", Duration.ofSeconds(2),
				readTimeout, true, callsPerMinute);
		return new ResilientHttp("test", this.server.url(), settings, (headers) -> {
		}, new RateLimiter(callsPerMinute, this.clock, this.sleeper), this.clock, this.sleeper, this.meters);
	}

	private ResilientHttp http() {
		return http(600, Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private FetchException failure(ResilientHttp http, String path) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> http.get(path));
		assertThat(thrown).isInstanceOf(FetchException.class);
		return (FetchException) thrown;
	}

	@Nested
	class Retry_after {

		@Test
		void seconds_are_honoured_before_the_next_attempt() throws Exception {
			ResilientHttpTest.this.server.on("/x",
					Reply.fixture(429, "coingecko/error-rate-limit.json").header("Retry-After", "7"),
					Reply.status(200, "[]"));

			byte[] body = http().get("/x");

			assertThat(new String(body)).isEqualTo("[]");
			assertThat(ResilientHttpTest.this.sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
			assertThat(ResilientHttpTest.this.server.requests("/x")).extracting(FixtureServer.Recorded::at)
				.containsExactly(Instant.parse("2024-01-27T10:00:00Z"), Instant.parse("2024-01-27T10:00:07Z"));
		}

		@Test
		void an_http_date_is_honoured_against_the_injected_clock() throws Exception {
			String date = DateTimeFormatter.RFC_1123_DATE_TIME
				.format(Instant.parse("2024-01-27T10:00:30Z").atZone(ZoneOffset.UTC));
			ResilientHttpTest.this.server.on("/x", Reply.status(429, "{}").header("Retry-After", date),
					Reply.status(200, "[]"));

			http().get("/x");

			assertThat(ResilientHttpTest.this.sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
		}

		@Test
		void without_the_header_the_wait_is_at_least_a_minute() throws Exception {
			ResilientHttpTest.this.server.on("/x", Reply.fixture(429, "coingecko/error-rate-limit.json"),
					Reply.status(200, "[]"));

			http().get("/x");

			assertThat(ResilientHttpTest.this.sleeper.total()).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
		}

		@Test
		void three_rate_limits_in_a_row_give_up_with_the_provider_message() {
			ResilientHttpTest.this.server.on("/x",
					Reply.fixture(429, "coingecko/error-rate-limit.json").header("Retry-After", "119"));

			FetchException failure = failure(http(), "/x");

			assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
			assertThat(failure.attempts()).isEqualTo(3);
			assertThat(failure.getMessage()).contains("HTTP 429", "error 429", "You've exceeded the Rate Limit");
			assertThat(ResilientHttpTest.this.server.requests("/x")).hasSize(3);
		}

	}

	@Nested
	class Server_and_io_errors {

		@Test
		void five_hundreds_are_retried_three_times_with_growing_jittered_backoff() {
			ResilientHttpTest.this.server.on("/x", Reply.status(503, "{}"));

			FetchException failure = failure(http(), "/x");

			assertThat(failure.kind()).isEqualTo(FailureKind.SERVER_ERROR);
			assertThat(failure.attempts()).isEqualTo(3);
			assertThat(ResilientHttpTest.this.server.requests("/x")).hasSize(3);
			assertThat(ResilientHttpTest.this.sleeper.sleeps()).hasSize(2)
				.satisfies(
						(sleeps) -> assertThat(sleeps.get(0)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3)))
				.satisfies(
						(sleeps) -> assertThat(sleeps.get(1)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(6)));
		}

		@Test
		void a_server_error_then_success_returns_the_body() throws Exception {
			ResilientHttpTest.this.server.on("/x", Reply.status(500, "{}"), Reply.status(200, "[1]"));

			assertThat(new String(http().get("/x"))).isEqualTo("[1]");
		}

		@Test
		void a_read_timeout_is_an_io_failure() {
			ResilientHttpTest.this.server.on("/x", Reply.status(200, "[]").after(Duration.ofSeconds(2)));

			FetchException failure = failure(http(600, Duration.ofMillis(200)), "/x");

			assertThat(failure.kind()).isEqualTo(FailureKind.IO);
			assertThat(failure.getMessage()).contains("timed out");
		}

		@Test
		void a_refused_connection_is_an_io_failure() {
			ResilientHttp http = http();
			ResilientHttpTest.this.server.close();

			assertThat(failure(http, "/x").kind()).isEqualTo(FailureKind.IO);
		}

	}

	@Nested
	class Client_errors {

		@Test
		void unauthorised_is_not_retried() {
			ResilientHttpTest.this.server.on("/x", Reply.fixture(401, "coinmarketcap/error-401.json"));

			FetchException failure = failure(http(), "/x");

			assertThat(failure.kind()).isEqualTo(FailureKind.AUTH);
			assertThat(failure.getMessage()).isEqualTo("HTTP 401 error 1001 'This API Key is invalid.'");
			assertThat(ResilientHttpTest.this.server.requests("/x")).hasSize(1);
		}

		@Test
		void coin_not_found_body_is_described() {
			ResilientHttpTest.this.server.on("/x", Reply.fixture(404, "coingecko/error-coin-not-found.json"));

			FetchException failure = failure(http(), "/x");

			assertThat(failure.kind()).isEqualTo(FailureKind.CLIENT_ERROR);
			assertThat(failure.getMessage()).isEqualTo("HTTP 404 'coin not found'");
		}

		@Test
		void the_wrapped_range_error_body_is_described() {
			ResilientHttpTest.this.server.on("/x", Reply.fixture(401, "coingecko/error-range.json"));

			assertThat(failure(http(), "/x").getMessage()).startsWith("HTTP 401 error 10012 'Your request exceeds");
		}

		@Test
		void a_key_error_body_is_described() {
			ResilientHttpTest.this.server.on("/x", Reply.fixture(400, "coingecko/error-demo-key-wrong-root.json"));

			assertThat(failure(http(), "/x").getMessage()).contains("error 10011", "change your root URL");
		}

		@Test
		void an_html_error_page_is_described_by_its_title() {
			ResilientHttpTest.this.server.on("/x", Reply.fixture(403, "cloudflare-429.html"));

			assertThat(failure(http(), "/x").getMessage())
				.isEqualTo("HTTP 403 HTML page 'Access denied | api.coingecko.com used Cloudflare to restrict access'");
		}

	}

	@Nested
	class Bodies {

		@Test
		void an_html_page_with_status_200_is_malformed_not_a_crash() throws Exception {
			ResilientHttpTest.this.server.on("/x", Reply.fixture(200, "cloudflare-429.html"));
			byte[] body = http().get("/x");

			assertThatThrownBy(() -> JsonBodies.read(body, new tools.jackson.core.type.TypeReference<Object>() {
			}, "test")).asInstanceOf(type(FetchException.class))
				.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(FailureKind.MALFORMED))
				.extracting(Throwable::getMessage)
				.asString()
				.contains("HTML page instead of JSON");
		}

		@Test
		void truncated_json_is_malformed_with_a_one_line_reason() throws Exception {
			ResilientHttpTest.this.server.on("/x", Reply.fixture(200, "truncated.json"));
			byte[] body = http().get("/x");

			assertThatThrownBy(() -> JsonBodies.read(body, new tools.jackson.core.type.TypeReference<Object>() {
			}, "test")).asInstanceOf(type(FetchException.class))
				.extracting(Throwable::getMessage)
				.asString()
				.startsWith("test: malformed JSON (")
				.doesNotContain("\n");
		}

	}

	@Test
	void the_rate_limiter_spaces_calls_evenly() throws Exception {
		this.server.on("/x", Reply.status(200, "[]"));
		ResilientHttp http = http(6, Duration.ofSeconds(5));

		for (int i = 0; i < 4; i++) {
			http.get("/x");
		}

		assertThat(this.server.requests("/x")).extracting(FixtureServer.Recorded::at)
			.containsExactly(Instant.parse("2024-01-27T10:00:00Z"), Instant.parse("2024-01-27T10:00:10Z"),
					Instant.parse("2024-01-27T10:00:20Z"), Instant.parse("2024-01-27T10:00:30Z"));
	}

	@Test
	void failures_are_counted_by_kind() {
		this.server.on("/x", Reply.status(502, "{}"));

		failure(http(), "/x");

		assertThat(this.meters.counter("cryptoviz.scraper.fetch.failures", "source", "test", "kind", "server-error")
			.count()).isEqualTo(3.0);
	}

}
