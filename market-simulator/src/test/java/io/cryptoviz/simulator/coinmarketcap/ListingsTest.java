package io.cryptoviz.simulator.coinmarketcap;

import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.simulator.RunningSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ListingsTest {

	static final List<String> ITEM_FIELDS = List.of("id", "name", "symbol", "slug", "num_market_pairs", "date_added",
			"tags", "max_supply", "circulating_supply", "total_supply", "infinite_supply", "platform", "cmc_rank",
			"self_reported_circulating_supply", "self_reported_market_cap", "tvl_ratio", "last_updated", "quote");

	static final List<String> QUOTE_FIELDS = List.of("price", "volume_24h", "volume_change_24h", "percent_change_1h",
			"percent_change_24h", "percent_change_7d", "percent_change_30d", "percent_change_60d", "percent_change_90d",
			"market_cap", "market_cap_dominance", "fully_diluted_market_cap", "tvl", "last_updated");

	static RunningSimulator simulator;

	@BeforeAll
	static void start() {
		simulator = RunningSimulator.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	static JsonNode listings(String query) {
		RunningSimulator.Reply reply = simulator.listings(query);
		assertThat(reply.status()).isEqualTo(200);
		return reply.json();
	}

	static JsonNode bySlug(String slug) {
		for (JsonNode item : listings("?limit=5000").get("data")) {
			if (item.get("slug").asString().equals(slug)) {
				return item;
			}
		}
		throw new AssertionError("no listing with slug " + slug);
	}

	@Nested
	class Shape {

		@Test
		void the_status_envelope_reports_success() {
			JsonNode status = listings("").get("status");
			assertThat(new ArrayList<>(status.propertyNames())).containsExactly("timestamp", "error_code",
					"error_message", "elapsed", "credit_count", "notice");
			assertThat(status.get("timestamp").asString()).isEqualTo("2026-03-01T12:00:07.250Z");
			assertThat(status.get("error_code").asInt()).isZero();
			assertThat(status.get("error_message").isNull()).isTrue();
			assertThat(status.get("credit_count").asInt()).isEqualTo(1);
		}

		@Test
		void every_item_has_the_documented_fields_and_a_usd_quote() {
			for (JsonNode item : listings("?limit=100").get("data")) {
				assertThat(new ArrayList<>(item.propertyNames())).isEqualTo(ITEM_FIELDS);
				assertThat(new ArrayList<>(item.get("quote").propertyNames())).containsExactly("USD");
				assertThat(new ArrayList<>(item.get("quote").get("USD").propertyNames())).isEqualTo(QUOTE_FIELDS);
				assertThat(item.get("symbol").asString()).isUpperCase();
				assertThat(item.get("tags").isArray()).isTrue();
				assertThat(item.get("tags").get(0).isString()).isTrue();
				assertThat(item.get("self_reported_market_cap").isNull()).isTrue();
				assertThat(item.get("quote").get("USD").get("tvl").isNull()).isTrue();
			}
		}

		@Test
		void tether_is_tether_usdt_with_id_825_and_an_ethereum_platform() {
			JsonNode tether = bySlug("tether");
			assertThat(tether.get("name").asString()).isEqualTo("Tether USDt");
			assertThat(tether.get("id").asInt()).isEqualTo(825);
			assertThat(new ArrayList<>(tether.get("platform").propertyNames())).containsExactly("id", "name", "symbol",
					"slug", "token_address");
			assertThat(tether.get("tags").toString()).contains("stablecoin");
		}

		@Test
		void coins_have_a_null_platform_and_ether_a_null_max_supply() {
			JsonNode ether = bySlug("ethereum");
			assertThat(ether.get("platform").isNull()).isTrue();
			assertThat(ether.get("max_supply").isNull()).isTrue();
			assertThat(ether.get("infinite_supply").asBoolean()).isTrue();
		}

		@Test
		void slugs_are_cmcs_own_not_coingecko_ids() {
			assertThat(bySlug("bnb").get("id").asInt()).isEqualTo(1839);
			assertThat(bySlug("xrp").get("id").asInt()).isEqualTo(52);
			assertThat(bySlug("avalanche").get("id").asInt()).isEqualTo(5805);
			assertThat(bySlug("polkadot-new").get("id").asInt()).isEqualTo(6636);
		}

	}

	@Nested
	class Parameters {

		@Test
		void ranks_follow_market_cap_and_start_offsets_them() {
			JsonNode all = listings("?limit=10").get("data");
			JsonNode fromFifth = listings("?start=5&limit=2").get("data");
			assertThat(all.get(0).get("cmc_rank").asInt()).isEqualTo(1);
			assertThat(fromFifth.size()).isEqualTo(2);
			assertThat(fromFifth.get(0).get("cmc_rank").asInt()).isEqualTo(5);
			assertThat(fromFifth.get(0).get("id").asInt()).isEqualTo(all.get(4).get("id").asInt());
		}

		@Test
		void the_key_may_also_come_as_a_query_parameter() {
			assertThat(simulator.get("/v1/cryptocurrency/listings/latest?CMC_PRO_API_KEY=simulator-key").status())
				.isEqualTo(200);
		}

		@Test
		void a_limit_beyond_5000_is_a_400_in_the_envelope() {
			RunningSimulator.Reply reply = simulator.listings("?limit=5001");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.json().get("status").get("error_code").asInt()).isEqualTo(400);
			assertThat(reply.json().has("data")).isFalse();
		}

		@Test
		void a_convert_other_than_usd_is_a_400() {
			assertThat(simulator.listings("?convert=EUR").status()).isEqualTo(400);
		}

	}

	@Nested
	class Api_key {

		@Test
		void a_missing_key_is_401_with_error_code_1002_and_no_data() {
			RunningSimulator.Reply reply = simulator.get("/v1/cryptocurrency/listings/latest");
			assertThat(reply.status()).isEqualTo(401);
			JsonNode status = reply.json().get("status");
			assertThat(status.get("error_code").asInt()).isEqualTo(1002);
			assertThat(status.get("error_message").asString()).isEqualTo("API key missing.");
			assertThat(status.get("credit_count").asInt()).isZero();
			assertThat(reply.json().has("data")).isFalse();
		}

		@Test
		void a_wrong_key_is_401_with_error_code_1001_and_no_data() {
			RunningSimulator.Reply reply = simulator.get("/v1/cryptocurrency/listings/latest", "X-CMC_PRO_API_KEY",
					"b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c");
			assertThat(reply.status()).isEqualTo(401);
			JsonNode status = reply.json().get("status");
			assertThat(status.get("error_code").asInt()).isEqualTo(1001);
			assertThat(status.get("error_message").asString()).isEqualTo("This API Key is invalid.");
			assertThat(status.get("credit_count").asInt()).isZero();
			assertThat(reply.json().has("data")).isFalse();
		}

	}

}
