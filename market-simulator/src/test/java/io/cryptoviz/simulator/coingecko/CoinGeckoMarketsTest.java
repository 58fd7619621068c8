package io.cryptoviz.simulator.coingecko;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import io.cryptoviz.simulator.RunningSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CoinGeckoMarketsTest {

	/** The documented fields, in CoinGecko's order. */
	static final List<String> FIELDS = List.of("id", "symbol", "name", "image", "current_price", "market_cap",
			"market_cap_rank", "fully_diluted_valuation", "total_volume", "high_24h", "low_24h", "price_change_24h",
			"price_change_percentage_24h", "market_cap_change_24h", "market_cap_change_percentage_24h",
			"circulating_supply", "total_supply", "max_supply", "ath", "ath_change_percentage", "ath_date", "atl",
			"atl_change_percentage", "atl_date", "roi", "last_updated");

	static RunningSimulator simulator;

	@BeforeAll
	static void start() {
		simulator = RunningSimulator.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	static JsonNode markets(String query) {
		RunningSimulator.Reply reply = simulator.get("/api/v3/coins/markets?vs_currency=usd" + query);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("application/json");
		return reply.json();
	}

	static JsonNode item(String id) {
		return markets("&ids=" + id).get(0);
	}

	static List<String> ids(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map((item) -> item.get("id").asString()).toList();
	}

	@Nested
	class Shape {

		@Test
		void every_item_has_exactly_the_documented_fields_in_order() {
			for (JsonNode item : markets("&per_page=250")) {
				assertThat(new ArrayList<>(item.propertyNames())).isEqualTo(FIELDS);
			}
		}

		@Test
		void symbols_are_lower_case_and_names_are_coingeckos() {
			JsonNode tether = item("tether");
			assertThat(tether.get("symbol").asString()).isEqualTo("usdt");
			assertThat(tether.get("name").asString()).isEqualTo("Tether");
			assertThat(item("ripple").get("name").asString()).isEqualTo("XRP");
		}

		@Test
		void last_updated_is_iso_with_milliseconds_and_z_not_after_now() {
			for (JsonNode item : markets("")) {
				String updated = item.get("last_updated").asString();
				assertThat(updated).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
				assertThat(java.time.Instant.parse(updated)).isBeforeOrEqualTo(RunningSimulator.FROZEN_AT);
			}
		}

		@Test
		void market_cap_is_the_price_times_circulating_supply() {
			JsonNode bitcoin = item("bitcoin");
			assertThat(bitcoin.get("market_cap").asDouble()).isCloseTo(
					bitcoin.get("current_price").asDouble() * bitcoin.get("circulating_supply").asDouble(),
					org.assertj.core.data.Percentage.withPercentage(0.0001));
		}

	}

	@Nested
	class Nullable_fields_are_null_where_they_are_in_reality {

		@Test
		void max_supply_of_ether_is_null_and_of_bitcoin_is_set() {
			assertThat(item("ethereum").get("max_supply").isNull()).isTrue();
			assertThat(item("bitcoin").get("max_supply").asDouble()).isEqualTo(21_000_000);
		}

		@Test
		void roi_is_usually_null_but_an_object_for_ether() {
			assertThat(item("bitcoin").get("roi").isNull()).isTrue();
			JsonNode roi = item("ethereum").get("roi");
			assertThat(new ArrayList<>(roi.propertyNames())).containsExactly("times", "currency", "percentage");
		}

		@Test
		void the_newest_listing_has_no_24h_deltas() {
			JsonNode fresh = item("hyperliquid");
			for (String field : List.of("high_24h", "low_24h", "price_change_24h", "price_change_percentage_24h",
					"market_cap_change_24h", "market_cap_change_percentage_24h")) {
				assertThat(fresh.get(field).isNull()).as(field).isTrue();
			}
			assertThat(fresh.get("current_price").isNumber()).isTrue();
		}

	}

	@Nested
	class Parameters {

		@Test
		void default_order_is_market_cap_descending_with_matching_ranks() {
			JsonNode all = markets("");
			for (int i = 1; i < all.size(); i++) {
				assertThat(all.get(i).get("market_cap").asDouble())
					.isLessThanOrEqualTo(all.get(i - 1).get("market_cap").asDouble());
				assertThat(all.get(i).get("market_cap_rank").asInt()).isEqualTo(i + 1);
			}
		}

		@ParameterizedTest
		@CsvSource({ "id_asc, avalanche-2", "id_desc, usd-coin", "market_cap_asc, hyperliquid",
				"market_cap_desc, bitcoin" })
		void order_sorts_the_whole_list(String order, String first) {
			List<String> ids = ids(markets("&order=" + order + "&ids=avalanche-2,usd-coin,hyperliquid,bitcoin"));
			assertThat(ids).hasSize(4).first().isEqualTo(first);
		}

		@Test
		void volume_desc_sorts_by_total_volume() {
			JsonNode all = markets("&order=volume_desc");
			assertThat(all.get(0).get("total_volume").asDouble())
				.isGreaterThanOrEqualTo(all.get(all.size() - 1).get("total_volume").asDouble());
		}

		@Test
		void ids_select_known_coins_and_skip_unknown_ones() {
			assertThat(ids(markets("&ids=ethereum,no-such-coin,bitcoin"))).containsExactly("bitcoin", "ethereum");
		}

		@Test
		void per_page_and_page_paginate() {
			List<String> firstPage = ids(markets("&per_page=5&page=1"));
			List<String> secondPage = ids(markets("&per_page=5&page=2"));
			assertThat(firstPage).hasSize(5).doesNotContainAnyElementsOf(secondPage);
			assertThat(secondPage).hasSize(5);
			assertThat(markets("&per_page=5&page=9").isEmpty()).isTrue();
		}

		@Test
		void per_page_above_250_is_capped() {
			assertThat(markets("&per_page=1000").size()).isEqualTo(21);
		}

	}

	@Nested
	class Errors {

		@Test
		void missing_vs_currency_is_a_400_with_an_error_body() {
			RunningSimulator.Reply reply = simulator.get("/api/v3/coins/markets");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.json().get("error").asString()).isEqualTo("Missing parameter vs_currency");
		}

		@Test
		void unsupported_vs_currency_is_a_400() {
			RunningSimulator.Reply reply = simulator.get("/api/v3/coins/markets?vs_currency=xyz");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.json().get("error").asString()).isEqualTo("invalid vs_currency");
		}

	}

	@Test
	void ping_says_to_the_moon() {
		RunningSimulator.Reply reply = simulator.get("/api/v3/ping");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).isEqualTo("{\"gecko_says\":\"(V3) To the Moon!\"}");
	}

}
