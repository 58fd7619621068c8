package io.cryptoviz.simulator;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both providers quote one market: the same asset differs only by the spread and by the
 * path's move between the two providers' refresh instants (under two minutes).
 */
class CrossSourceTest {

	@Test
	void coingecko_and_coinmarketcap_prices_of_an_asset_are_close_but_not_identical() {
		try (RunningSimulator simulator = RunningSimulator.start()) {
			Map<Integer, Double> cmcById = new HashMap<>();
			for (JsonNode item : simulator.listings("?limit=100").json().get("data")) {
				cmcById.put(item.get("id").asInt(), item.get("quote").get("USD").get("price").asDouble());
			}
			Map<String, Integer> cmcIdOf = Map.of("bitcoin", 1, "ethereum", 1027, "tether", 825, "ripple", 52,
					"avalanche-2", 5805, "polkadot", 6636);
			JsonNode markets = simulator
				.get("/api/v3/coins/markets?vs_currency=usd&ids=" + String.join(",", cmcIdOf.keySet()))
				.json();
			assertThat(markets.size()).isEqualTo(cmcIdOf.size());
			for (JsonNode item : markets) {
				double cg = item.get("current_price").asDouble();
				double cmc = cmcById.get(cmcIdOf.get(item.get("id").asString()));
				assertThat(cg / cmc).as(item.get("id").asString()).isBetween(0.99, 1.01).isNotEqualTo(1.0);
			}
		}
	}

	@Test
	void coinpaprika_quotes_the_same_market_within_the_spread() {
		try (RunningSimulator simulator = RunningSimulator.start()) {
			Map<String, Double> paprika = new HashMap<>();
			for (JsonNode item : simulator.get("/v1/tickers").json()) {
				paprika.put(item.get("id").asString(), item.get("quotes").get("USD").get("price").asDouble());
			}
			Map<String, String> paprikaIdOf = Map.of("bitcoin", "btc-bitcoin", "binancecoin", "bnb-binance-coin",
					"avalanche-2", "avax-avalanche", "tether", "usdt-tether");
			JsonNode markets = simulator
				.get("/api/v3/coins/markets?vs_currency=usd&ids=" + String.join(",", paprikaIdOf.keySet()))
				.json();
			assertThat(markets.size()).isEqualTo(paprikaIdOf.size());
			for (JsonNode item : markets) {
				double cg = item.get("current_price").asDouble();
				double cp = paprika.get(paprikaIdOf.get(item.get("id").asString()));
				assertThat(cg / cp).as(item.get("id").asString()).isBetween(0.99, 1.01).isNotEqualTo(1.0);
			}
		}
	}

}
