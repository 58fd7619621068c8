package io.cryptoviz.simulator.coingecko;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.cryptoviz.simulator.RunningSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MarketChartTest {

	private static final long NOW = RunningSimulator.FROZEN_AT.toEpochMilli();

	static RunningSimulator simulator;

	@BeforeAll
	static void start() {
		simulator = RunningSimulator.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	static JsonNode chart(String id, String days) {
		RunningSimulator.Reply reply = simulator
			.get("/api/v3/coins/" + id + "/market_chart?vs_currency=usd&days=" + days);
		assertThat(reply.status()).isEqualTo(200);
		return reply.json();
	}

	static long spacing(JsonNode points, int i) {
		return points.get(i).get(0).asLong() - points.get(i - 1).get(0).asLong();
	}

	@Nested
	class Granularity {

		@Test
		void one_day_is_five_minutely_with_about_288_points() {
			JsonNode prices = chart("bitcoin", "1").get("prices");
			assertThat(prices.size()).isBetween(287, 290);
			for (int i = 1; i < prices.size() - 1; i++) {
				assertThat(spacing(prices, i)).isEqualTo(Duration.ofMinutes(5).toMillis());
			}
			assertThat(prices.get(0).get(0).asLong()).isGreaterThan(NOW - Duration.ofDays(1).toMillis());
		}

		@ParameterizedTest
		@ValueSource(ints = { 2, 3, 30, 90 })
		void two_to_ninety_days_are_hourly(int days) {
			JsonNode prices = chart("ethereum", Integer.toString(days)).get("prices");
			assertThat(prices.size()).isBetween(days * 24, days * 24 + 1);
			for (int i = 1; i < prices.size() - 1; i++) {
				assertThat(spacing(prices, i)).isEqualTo(Duration.ofHours(1).toMillis());
			}
		}

		@ParameterizedTest
		@ValueSource(ints = { 91, 180, 365 })
		void beyond_ninety_days_points_are_daily_at_midnight_utc(int days) {
			JsonNode prices = chart("solana", Integer.toString(days)).get("prices");
			assertThat(prices.size()).isBetween(days, days + 1);
			for (int i = 0; i < prices.size() - 1; i++) {
				Instant at = Instant.ofEpochMilli(prices.get(i).get(0).asLong());
				assertThat(at.atOffset(ZoneOffset.UTC).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
			}
		}

		@Test
		void all_three_series_share_timestamps() {
			JsonNode chart = chart("bitcoin", "2");
			for (int i = 0; i < chart.get("prices").size(); i++) {
				long at = chart.get("prices").get(i).get(0).asLong();
				assertThat(chart.get("market_caps").get(i).get(0).asLong()).isEqualTo(at);
				assertThat(chart.get("total_volumes").get(i).get(0).asLong()).isEqualTo(at);
			}
		}

	}

	@Nested
	class Consistency_with_live_quotes {

		@Test
		void the_last_point_is_now_at_the_live_price() {
			JsonNode prices = chart("bitcoin", "1").get("prices");
			JsonNode last = prices.get(prices.size() - 1);
			double live = simulator.get("/api/v3/coins/markets?vs_currency=usd&ids=bitcoin")
				.json()
				.get(0)
				.get("current_price")
				.asDouble();
			assertThat(last.get(0).asLong()).isEqualTo(NOW);
			assertThat(last.get(1).asDouble()).isCloseTo(live, within(live * 1e-6));
		}

		@Test
		void the_previous_point_is_within_a_few_percent_of_the_live_price() {
			JsonNode prices = chart("dogecoin", "1").get("prices");
			double last = prices.get(prices.size() - 1).get(1).asDouble();
			double previous = prices.get(prices.size() - 2).get(1).asDouble();
			assertThat(previous / last).isBetween(0.97, 1.03);
		}

		@Test
		void overlapping_ranges_agree_on_shared_timestamps() {
			JsonNode day = chart("cardano", "1").get("prices");
			JsonNode hours = chart("cardano", "2").get("prices");
			java.util.Map<Long, Double> byTime = new java.util.HashMap<>();
			day.forEach((point) -> byTime.put(point.get(0).asLong(), point.get(1).asDouble()));
			int shared = 0;
			for (JsonNode point : hours) {
				Double same = byTime.get(point.get(0).asLong());
				if (same != null) {
					assertThat(point.get(1).asDouble()).isEqualTo(same);
					shared++;
				}
			}
			assertThat(shared).isGreaterThan(20);
		}

	}

	@Nested
	class Errors {

		@Test
		void an_unknown_coin_is_a_404_coin_not_found() {
			RunningSimulator.Reply reply = simulator
				.get("/api/v3/coins/no-such-coin/market_chart?vs_currency=usd&days=1");
			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.body()).isEqualTo("{\"error\":\"coin not found\"}");
		}

		@ParameterizedTest
		@ValueSource(strings = { "366", "max", "MAX", "1000" })
		void more_than_365_days_is_the_10012_body_with_401(String days) {
			RunningSimulator.Reply reply = simulator
				.get("/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=" + days);
			assertThat(reply.status()).isEqualTo(401);
			JsonNode status = reply.json().get("error").get("status");
			assertThat(status.get("error_code").asInt()).isEqualTo(10012);
			assertThat(status.get("error_message").asString())
				.startsWith("Your request exceeds the allowed time range.");
			assertThat(status.get("timestamp").asString()).isEqualTo("2026-03-01T12:00:07.250+00:00");
		}

		@Test
		void missing_vs_currency_is_a_400() {
			RunningSimulator.Reply reply = simulator.get("/api/v3/coins/bitcoin/market_chart?days=1");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.json().get("error").asString()).isEqualTo("Missing parameter vs_currency");
		}

		@Test
		void days_that_are_not_a_number_are_a_400() {
			assertThat(simulator.get("/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=soon").status())
				.isEqualTo(400);
		}

	}

}
