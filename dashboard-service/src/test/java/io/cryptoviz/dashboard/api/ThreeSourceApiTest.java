package io.cryptoviz.dashboard.api;

import java.net.http.HttpResponse;

import io.cryptoviz.dashboard.ThreeSourceTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API with CoinGecko, CoinMarketCap and CoinPaprika in the store. */
class ThreeSourceApiTest extends ThreeSourceTestSupport {

	@Test
	void an_asset_lists_the_three_sources_that_quote_it() throws Exception {
		JsonNode bitcoin = PredictionApiTest.json(get("/api/v1/assets")).get(0);
		assertThat(bitcoin.get("sources").toString()).isEqualTo("[\"coingecko\",\"coinmarketcap\",\"coinpaprika\"]");
		assertThat(bitcoin.get("points").asLong()).isEqualTo(3 * (48 * 12 + 1));
	}

	@ParameterizedTest(name = "source={0}")
	@CsvSource({ "cp, coinpaprika", "coinpaprika, coinpaprika", "cg, coingecko", "all, all" })
	void a_source_by_key_or_alias_is_read_and_echoed_by_key(String value, String echoed) throws Exception {
		HttpResponse<String> response = get("/api/v1/predictions/bitcoin?source=" + value);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(PredictionApiTest.json(response).get("parameters").get("source").asString()).isEqualTo(echoed);
	}

	@Test
	void the_third_source_reads_its_own_prices() throws Exception {
		double paprika = PredictionApiTest.json(get("/api/v1/predictions/bitcoin?source=cp"))
			.get("metrics")
			.get("currentPrice")
			.asDouble();
		double gecko = PredictionApiTest.json(get("/api/v1/predictions/bitcoin?source=cg"))
			.get("metrics")
			.get("currentPrice")
			.asDouble();
		assertThat(paprika).isNotEqualTo(gecko);
	}

	@Test
	void an_unknown_source_is_a_400_listing_what_the_catalog_accepts() throws Exception {
		HttpResponse<String> response = get("/api/v1/predictions/bitcoin?source=binance");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(PredictionApiTest.json(response).get("allowed").asString())
			.isEqualTo("one of all, coingecko (or cg), coinmarketcap (or cmc), coinpaprika (or cp)");
	}

}
