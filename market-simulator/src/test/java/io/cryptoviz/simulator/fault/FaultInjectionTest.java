package io.cryptoviz.simulator.fault;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.cryptoviz.simulator.RunningSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

	private static final String MARKETS = "/api/v3/coins/markets?vs_currency=usd";

	static RunningSimulator simulator;

	@BeforeAll
	static void start() {
		simulator = RunningSimulator.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@AfterEach
	void clear() {
		simulator.delete("/admin/faults");
	}

	static void inject(String json) {
		assertThat(simulator.post("/admin/faults", json).status()).isEqualTo(200);
	}

	@Nested
	class Coinpaprika {

		private static final String TICKERS = "/v1/tickers?quotes=USD";

		@Test
		void a_429_carries_the_documented_error_body_and_retry_after() {
			inject("{\"source\":\"coinpaprika\",\"fault\":\"RATE_LIMIT_RETRY_AFTER\",\"count\":1,\"retryAfterSeconds\":30}");
			RunningSimulator.Reply reply = simulator.get(TICKERS);
			assertThat(reply.status()).isEqualTo(429);
			assertThat(reply.header("Retry-After")).isEqualTo("30");
			assertThat(reply.body()).isEqualTo("{\"error\":\"you have reached maximum request limit\"}");
			assertThat(simulator.get(TICKERS).status()).isEqualTo(200);
		}

		@Test
		void a_coinpaprika_fault_leaves_coinmarketcap_under_the_same_v1_prefix_alone() {
			inject("{\"source\":\"coinpaprika\",\"fault\":\"SERVER_ERROR_500\"}");
			assertThat(simulator.get(TICKERS).status()).isEqualTo(500);
			assertThat(simulator.get(TICKERS).json().get("error").asString()).isNotBlank();
			assertThat(simulator.listings("").status()).isEqualTo(200);
		}

		@Test
		void a_coinmarketcap_fault_leaves_coinpaprika_alone() {
			inject("{\"source\":\"coinmarketcap\",\"fault\":\"SERVICE_UNAVAILABLE_503\"}");
			assertThat(simulator.listings("").status()).isEqualTo(503);
			assertThat(simulator.get(TICKERS).status()).isEqualTo(200);
		}

		@Test
		void bad_prices_reach_coinpaprika_tickers() {
			inject("{\"source\":\"coinpaprika\",\"fault\":\"BAD_PRICES\",\"count\":1}");
			JsonNode tickers = simulator.get(TICKERS).json();
			assertThat(tickers.get(0).get("quotes").get("USD").get("price").isNumber()).isTrue();
			assertThat(tickers.get(1).get("quotes").get("USD").get("price").isNull()).isTrue();
			assertThat(tickers.get(3).get("quotes").get("USD").get("price").asDouble()).isNegative();
		}

		@Test
		void an_html_page_names_coinpaprikas_host() {
			inject("{\"source\":\"coinpaprika\",\"fault\":\"HTML_ERROR\",\"count\":1,\"status\":502}");
			RunningSimulator.Reply reply = simulator.get(TICKERS);
			assertThat(reply.status()).isEqualTo(502);
			assertThat(reply.body()).contains("api.coinpaprika.com");
		}

		@Test
		void the_admin_view_lists_coinpaprika() {
			assertThat(new java.util.ArrayList<>(simulator.get("/admin/faults").json().propertyNames()))
				.containsExactly("coingecko", "coinmarketcap", "coinpaprika");
		}

		@Test
		void a_fault_from_configuration_is_active_from_startup() {
			try (RunningSimulator configured = RunningSimulator.start(
					"--cryptoviz.simulator.faults.coinpaprika.fault=RATE_LIMIT",
					"--cryptoviz.simulator.faults.coinpaprika.count=1")) {
				assertThat(configured.get(TICKERS).status()).isEqualTo(429);
				assertThat(configured.get(TICKERS).status()).isEqualTo(200);
			}
		}

	}

	@Nested
	class Rate_limits {

		@Test
		void coingecko_429_carries_the_documented_body_and_retry_after_seconds() {
			inject("{\"source\":\"coingecko\",\"fault\":\"RATE_LIMIT_RETRY_AFTER\",\"count\":1,\"retryAfterSeconds\":119}");
			RunningSimulator.Reply reply = simulator.get(MARKETS);
			assertThat(reply.status()).isEqualTo(429);
			assertThat(reply.header("Retry-After")).isEqualTo("119");
			assertThat(reply.header("Content-Type")).startsWith("application/json");
			assertThat(reply.json().get("status").get("error_code").asInt()).isEqualTo(429);
			assertThat(reply.body()).hasSize(187);
		}

		@Test
		void coinmarketcap_429_is_error_code_1008_in_the_envelope_without_data() {
			inject("{\"source\":\"coinmarketcap\",\"fault\":\"RATE_LIMIT\",\"count\":1}");
			RunningSimulator.Reply reply = simulator.listings("");
			assertThat(reply.status()).isEqualTo(429);
			assertThat(reply.header("Retry-After")).isEmpty();
			assertThat(reply.json().get("status").get("error_code").asInt()).isEqualTo(1008);
			assertThat(reply.json().get("status").get("credit_count").asInt()).isZero();
			assertThat(reply.json().has("data")).isFalse();
		}

		@Test
		void retry_after_can_be_an_http_date_from_the_simulator_clock() {
			inject("{\"source\":\"coingecko\",\"fault\":\"RATE_LIMIT_RETRY_AFTER_DATE\",\"retryAfterSeconds\":90}");
			RunningSimulator.Reply reply = simulator.get(MARKETS);
			assertThat(reply.status()).isEqualTo(429);
			assertThat(
					ZonedDateTime.parse(reply.header("Retry-After"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
				.isEqualTo(
						RunningSimulator.FROZEN_AT.plusSeconds(90).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		}

	}

	@Nested
	class Server_errors {

		@Test
		void status_500_and_503_carry_json_error_bodies() {
			inject("{\"source\":\"all\",\"fault\":\"SERVER_ERROR_500\",\"count\":1}");
			assertThat(simulator.get(MARKETS).status()).isEqualTo(500);
			RunningSimulator.Reply cmc = simulator.listings("");
			assertThat(cmc.status()).isEqualTo(500);
			assertThat(cmc.json().get("status").get("error_code").asInt()).isEqualTo(500);
			inject("{\"source\":\"coingecko\",\"fault\":\"SERVICE_UNAVAILABLE_503\",\"count\":1}");
			assertThat(simulator.get(MARKETS).status()).isEqualTo(503);
		}

		@Test
		void an_html_page_comes_as_text_html_and_is_not_json() {
			inject("{\"source\":\"coingecko\",\"fault\":\"HTML_ERROR\",\"count\":1,\"status\":429}");
			RunningSimulator.Reply reply = simulator.get(MARKETS);
			assertThat(reply.status()).isEqualTo(429);
			assertThat(reply.header("Content-Type")).startsWith("text/html");
			assertThat(reply.body()).startsWith("<!DOCTYPE html>").contains("Error 1015", "Cloudflare");
			assertThatThrownBy(reply::json).isInstanceOf(JacksonException.class);
		}

	}

	@Nested
	class Broken_payloads {

		@Test
		void truncated_json_is_a_200_whose_json_body_ends_mid_way() {
			String whole = simulator.get(MARKETS).body();
			inject("{\"source\":\"coingecko\",\"fault\":\"TRUNCATED_JSON\",\"count\":1}");
			RunningSimulator.Reply reply = simulator.get(MARKETS);
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.header("Content-Type")).startsWith("application/json");
			assertThat(whole).startsWith(reply.body());
			assertThat(reply.body().length()).isBetween(whole.length() / 2, whole.length() - 1);
			assertThatThrownBy(reply::json).isInstanceOf(JacksonException.class);
		}

		@Test
		void bad_prices_corrupt_some_coingecko_items_and_leave_the_others_valid() {
			inject("{\"source\":\"coingecko\",\"fault\":\"BAD_PRICES\",\"count\":1}");
			JsonNode items = simulator.get(MARKETS).json();
			assertThat(items.get(1).get("current_price").isNull()).isTrue();
			assertThat(items.get(3).get("current_price").asDouble()).isNegative();
			assertThat(items.get(5).get("current_price").asString()).isEqualTo("NaN");
			assertThat(items.get(0).get("current_price").asDouble()).isPositive();
			assertThat(items.get(2).get("current_price").asDouble()).isPositive();
		}

		@Test
		void bad_prices_reach_coinmarketcap_quotes_and_market_chart_points() {
			inject("{\"source\":\"all\",\"fault\":\"BAD_PRICES\",\"count\":2}");
			JsonNode data = simulator.listings("").json().get("data");
			assertThat(data.get(1).get("quote").get("USD").get("price").isNull()).isTrue();
			assertThat(data.get(0).get("quote").get("USD").get("price").asDouble()).isPositive();
			JsonNode prices = simulator.get("/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=1")
				.json()
				.get("prices");
			assertThat(prices.get(5).get(1).asString()).isEqualTo("NaN");
			assertThat(prices.get(4).get(1).asDouble()).isPositive();
		}

	}

	@Nested
	class Slow_responses {

		@Test
		void a_slow_response_runs_past_a_client_timeout_and_then_answers_normally() throws IOException {
			inject("{\"source\":\"coingecko\",\"fault\":\"SLOW\",\"count\":1,\"delay\":\"PT1.5S\"}");
			assertThatThrownBy(() -> simulator.get("/api/v3/ping", Duration.ofMillis(300)))
				.isInstanceOf(HttpTimeoutException.class);
			assertThat(simulator.get("/api/v3/ping", Duration.ofSeconds(5)).status()).isEqualTo(200);
		}

	}

	@Nested
	class Switching {

		@Test
		void a_counted_fault_clears_itself_after_count_requests() {
			inject("{\"source\":\"coingecko\",\"fault\":\"SERVER_ERROR_500\",\"count\":2}");
			assertThat(simulator.get(MARKETS).status()).isEqualTo(500);
			assertThat(simulator.get("/admin/faults").json().get("coingecko").get("remaining").asInt()).isEqualTo(1);
			assertThat(simulator.get(MARKETS).status()).isEqualTo(500);
			assertThat(simulator.get(MARKETS).status()).isEqualTo(200);
			assertThat(simulator.get("/admin/faults").json().get("coingecko").isNull()).isTrue();
		}

		@Test
		void an_uncounted_fault_stays_until_deleted() {
			inject("{\"source\":\"coinmarketcap\",\"fault\":\"SERVICE_UNAVAILABLE_503\"}");
			for (int i = 0; i < 3; i++) {
				assertThat(simulator.listings("").status()).isEqualTo(503);
			}
			simulator.delete("/admin/faults?source=coinmarketcap");
			assertThat(simulator.listings("").status()).isEqualTo(200);
		}

		@Test
		void a_fault_for_one_provider_leaves_the_other_alone() {
			inject("{\"source\":\"coinmarketcap\",\"fault\":\"SERVER_ERROR_500\"}");
			assertThat(simulator.get(MARKETS).status()).isEqualTo(200);
			assertThat(simulator.listings("").status()).isEqualTo(500);
		}

		@Test
		void a_path_restricts_the_fault_to_matching_endpoints() {
			inject("{\"source\":\"coingecko\",\"fault\":\"SERVER_ERROR_500\",\"path\":\"/api/v3/coins/bitcoin/\"}");
			assertThat(simulator.get(MARKETS).status()).isEqualTo(200);
			assertThat(simulator.get("/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=1").status())
				.isEqualTo(500);
		}

		@Test
		void admin_endpoints_are_never_faulted() {
			inject("{\"source\":\"all\",\"fault\":\"SERVER_ERROR_500\"}");
			assertThat(simulator.get("/admin/faults").status()).isEqualTo(200);
			assertThat(simulator.get("/actuator/health").status()).isEqualTo(200);
		}

		@Test
		void an_unknown_source_or_bad_count_is_rejected_with_a_reason() {
			RunningSimulator.Reply source = simulator.post("/admin/faults",
					"{\"source\":\"binance\",\"fault\":\"SLOW\"}");
			assertThat(source.status()).isEqualTo(400);
			assertThat(source.json().get("error").asString()).contains("coingecko, coinmarketcap, coinpaprika or all",
					"binance");
			RunningSimulator.Reply count = simulator.post("/admin/faults",
					"{\"source\":\"all\",\"fault\":\"SLOW\",\"count\":0}");
			assertThat(count.status()).isEqualTo(400);
			assertThat(count.json().get("error").asString()).contains("count must be at least 1");
		}

	}

	@Test
	void a_fault_from_configuration_is_active_from_startup() {
		try (RunningSimulator configured = RunningSimulator.start(
				"--cryptoviz.simulator.faults.coinmarketcap.fault=RATE_LIMIT_RETRY_AFTER",
				"--cryptoviz.simulator.faults.coinmarketcap.count=1",
				"--cryptoviz.simulator.faults.coinmarketcap.retry-after=5s")) {
			RunningSimulator.Reply reply = configured.listings("");
			assertThat(reply.status()).isEqualTo(429);
			assertThat(reply.header("Retry-After")).isEqualTo("5");
			assertThat(configured.listings("").status()).isEqualTo(200);
		}
	}

}
