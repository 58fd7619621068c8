package io.cryptoviz.simulator.coinpaprika;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.simulator.RunningSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/tickers} speaks CoinPaprika's documented free-plan JSON
 * (docs/providers/coinpaprika.md §2).
 */
class TickersTest {

	static final List<String> ITEM_FIELDS = List.of("id", "name", "symbol", "rank", "total_supply", "max_supply",
			"beta_value", "first_data_at", "last_updated", "quotes");

	static final List<String> QUOTE_FIELDS = List.of("price", "volume_24h", "volume_24h_change_24h", "market_cap",
			"market_cap_change_24h", "percent_change_15m", "percent_change_30m", "percent_change_1h",
			"percent_change_6h", "percent_change_12h", "percent_change_24h", "percent_change_7d", "percent_change_30d",
			"percent_change_1y", "ath_price", "ath_date", "percent_from_price_ath");

	static RunningSimulator simulator;

	@BeforeAll
	static void start() {
		simulator = RunningSimulator.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	static JsonNode tickers() {
		RunningSimulator.Reply reply = simulator.get("/v1/tickers?quotes=USD");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("application/json");
		return reply.json();
	}

	static JsonNode byId(String id) {
		for (JsonNode item : tickers()) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("no ticker " + id);
	}

	@Test
	void every_served_asset_is_one_element_of_a_top_level_array_ranked_by_market_cap() {
		JsonNode tickers = tickers();

		assertThat(tickers.isArray()).isTrue();
		assertThat(tickers.size()).isEqualTo(21);
		List<Integer> ranks = new ArrayList<>();
		List<Double> caps = new ArrayList<>();
		tickers.forEach((item) -> {
			ranks.add(item.get("rank").asInt());
			caps.add(item.get("quotes").get("USD").get("market_cap").asDouble());
		});
		assertThat(ranks).isSorted().first().isEqualTo(1);
		assertThat(caps).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void fields_come_in_coinpaprikas_order_without_circulating_supply() {
		JsonNode bitcoin = byId("btc-bitcoin");

		assertThat(new ArrayList<>(bitcoin.propertyNames())).containsExactlyElementsOf(ITEM_FIELDS);
		assertThat(new ArrayList<>(bitcoin.get("quotes").propertyNames())).containsExactly("USD");
		assertThat(new ArrayList<>(bitcoin.get("quotes").get("USD").propertyNames()))
			.containsExactlyElementsOf(QUOTE_FIELDS);
	}

	@Test
	void ids_and_names_are_coinpaprikas_not_coingeckos() {
		assertThat(byId("bnb-binance-coin").get("name").asString()).isEqualTo("Binance Coin");
		assertThat(byId("bnb-binance-coin").get("symbol").asString()).isEqualTo("BNB");
		assertThat(byId("matic-polygon").get("name").asString()).isEqualTo("Polygon");
		assertThat(byId("avax-avalanche").get("symbol").asString()).isEqualTo("AVAX");
	}

	@Test
	void an_uncapped_supply_is_zero_and_percentages_have_two_decimals() {
		JsonNode ethereum = byId("eth-ethereum");

		assertThat(ethereum.get("max_supply").isIntegralNumber()).isTrue();
		assertThat(ethereum.get("max_supply").asLong()).isZero();
		assertThat(byId("btc-bitcoin").get("max_supply").asLong()).isEqualTo(21_000_000L);
		tickers().forEach((item) -> {
			double change = item.get("quotes").get("USD").get("percent_change_24h").asDouble();
			assertThat(Math.round(change * 100) / 100.0).as(item.get("id").asString()).isEqualTo(change);
		});
	}

	@Test
	void timestamps_are_rfc3339_utc_to_the_second_and_not_in_the_future() {
		for (JsonNode item : tickers()) {
			String updated = item.get("last_updated").asString();
			assertThat(updated).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
			assertThat(Instant.parse(updated)).isBeforeOrEqualTo(RunningSimulator.FROZEN_AT)
				.isAfter(RunningSimulator.FROZEN_AT.minus(Duration.ofMinutes(2)));
		}
	}

	@Test
	void no_key_is_needed_and_another_quote_currency_is_a_400_with_the_error_shape() {
		RunningSimulator.Reply eur = simulator.get("/v1/tickers?quotes=EUR");

		assertThat(eur.status()).isEqualTo(400);
		assertThat(new ArrayList<>(eur.json().propertyNames())).containsExactly("error");
		assertThat(eur.json().get("error").asString()).contains("quotes");
	}

}
