package io.cryptoviz.dashboard.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import io.cryptoviz.dashboard.predictions.PredictionsStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP against a seeded DuckDB file: every endpoint, every error
 * as problem+json, and the OpenAPI document beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PredictionApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	@Nested
	class Assets {

		@Test
		void lists_every_tracked_asset_with_sources_points_and_newest_time() throws Exception {
			HttpResponse<String> response = get("/api/v1/assets");
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode assets = json(response);
			assertThat(assets.size()).isEqualTo(PredictionsStore.ASSETS);
			JsonNode bitcoin = assets.get(0);
			assertThat(bitcoin.get("id").asString()).isEqualTo("bitcoin");
			assertThat(bitcoin.get("symbol").asString()).isEqualTo("BTC");
			assertThat(bitcoin.get("stablecoin").asBoolean()).isFalse();
			assertThat(bitcoin.get("sources").toString()).isEqualTo("[\"coingecko\",\"coinmarketcap\"]");
			assertThat(bitcoin.get("points").asLong()).isEqualTo(2 * (8 * 288 + 1));
			assertThat(bitcoin.get("newest").asString()).isEqualTo(PredictionsStore.END.toString());
		}

		@Test
		void marks_stablecoins() throws Exception {
			JsonNode assets = json(get("/api/v1/assets"));
			assertThat(
					assets.valueStream().filter(a -> a.get("stablecoin").asBoolean()).map(a -> a.get("id").asString()))
				.containsExactlyInAnyOrder("tether", "usd-coin");
		}

	}

	@Nested
	class Predictions {

		@Test
		void returns_every_model_the_consensus_the_signal_and_the_metrics() throws Exception {
			HttpResponse<String> response = get("/api/v1/predictions/bitcoin?horizon=4&history=24");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(contentType(response)).startsWith("application/json");
			JsonNode body = json(response);
			assertThat(body.get("asset").asString()).isEqualTo("bitcoin");
			assertThat(body.get("asOf").asString()).isEqualTo(PredictionsStore.END.toString());
			assertThat(body.get("parameters").get("backtestLookbackHours").asDouble()).isGreaterThanOrEqualTo(167);
			assertThat(body.get("models").valueStream().map(m -> m.get("model").asString())).containsExactly("ma_short",
					"ma_long", "trend", "momentum", "naive");
			JsonNode trend = body.get("models").get(2);
			assertThat(trend.get("available").asBoolean()).isTrue();
			assertThat(trend.get("predictedPrice").asDouble()).isPositive();
			assertThat(trend.get("path").size()).isEqualTo(48);
			assertThat(trend.get("trackRecord").get("origins").asInt()).isGreaterThan(1000);
			assertThat(trend.get("trackRecord").get("verdict").asString()).isNotBlank();
			assertThat(body.get("consensus").get("weights").size()).isEqualTo(4);
			assertThat(body.get("signal").get("action").asString()).isIn("BUY", "SELL", "HOLD");
			assertThat(body.get("signal").get("consensusTrackRecord").get("origins").asInt()).isPositive();
			assertThat(body.get("metrics").get("points").asInt()).isEqualTo(288);
		}

		@Test
		void every_model_and_the_consensus_carry_a_tested_verdict_and_intervals_from_their_own_errors()
				throws Exception {
			JsonNode body = json(get("/api/v1/predictions/bitcoin?horizon=4&history=24"));
			java.util.List<JsonNode> forecasts = new java.util.ArrayList<>(body.get("models").valueStream().toList());
			forecasts.add(body.get("consensus"));
			assertThat(forecasts).allSatisfy(forecast -> {
				JsonNode record = forecast.get("trackRecord");
				assertThat(record.get("verdict").asString()).isIn("BEATS_NAIVE", "NO_DIFFERENCE", "WORSE_THAN_NAIVE",
						"TOO_LITTLE_DATA");
				assertThat(record.get("verdictText").asString()).contains("price-stays-the-same");
				assertThat(record.get("pValue").asDouble()).isBetween(0.0, 1.0);
				assertThat(record.get("independentWindows").asInt()).isEqualTo(record.get("origins").asInt() / 48);
				assertThat(record.get("coverage80").asDouble()).isBetween(0.0, 1.0);
				assertThat(record.get("coverage95").asDouble())
					.isGreaterThanOrEqualTo(record.get("coverage80").asDouble());
				JsonNode i80 = forecast.get("interval80");
				JsonNode i95 = forecast.get("interval95");
				assertThat(i80.get("lower").asDouble()).isLessThanOrEqualTo(i80.get("upper").asDouble());
				assertThat(i95.get("lower").asDouble()).isLessThanOrEqualTo(i80.get("lower").asDouble());
				assertThat(i95.get("upper").asDouble()).isGreaterThanOrEqualTo(i80.get("upper").asDouble());
			});
		}

		@Test
		void undefined_numbers_are_null_never_nan() throws Exception {
			HttpResponse<String> response = get("/api/v1/predictions/bitcoin?models=naive");
			JsonNode naive = json(response).get("models").get(0);
			assertThat(response.body()).doesNotContain("NaN").doesNotContain("Infinity");
			assertThat(naive.get("trackRecord").get("directionalAccuracyPercent").isNull()).isTrue();
		}

		@Test
		void models_limits_the_listed_rows() throws Exception {
			JsonNode body = json(get("/api/v1/predictions/ethereum?models=trend,MOMENTUM"));
			assertThat(body.get("models").valueStream().map(m -> m.get("model").asString())).containsExactly("trend",
					"momentum");
		}

		@Test
		void a_model_without_enough_data_says_why() throws Exception {
			JsonNode body = json(get("/api/v1/predictions/bitcoin?history=6&ma_long=100"));
			JsonNode maLong = body.get("models").get(1);
			assertThat(maLong.get("available").asBoolean()).isFalse();
			assertThat(maLong.get("unavailableReason").asString())
				.isEqualTo("insufficient data: needs 100 points, has 72");
			assertThat(maLong.has("predictedPrice")).isFalse();
		}

		@Test
		void one_source_only_reads_that_source() throws Exception {
			JsonNode cg = json(get("/api/v1/predictions/bitcoin?source=cg"));
			JsonNode cmc = json(get("/api/v1/predictions/bitcoin?source=coinmarketcap"));
			assertThat(cg.get("parameters").get("source").asString()).isEqualTo("coingecko");
			assertThat(cg.get("metrics").get("currentPrice").asDouble())
				.isNotEqualTo(cmc.get("metrics").get("currentPrice").asDouble());
		}

	}

	@Nested
	class Signals_and_confidence {

		@Test
		void the_signal_comes_with_the_consensus_track_record() throws Exception {
			HttpResponse<String> response = get("/api/v1/signals/solana?horizon=2&history=48");
			JsonNode body = json(response);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(body.get("signal").get("action").asString()).isIn("BUY", "SELL", "HOLD");
			assertThat(body.get("signal").get("meanConfidence").asDouble()).isBetween(0.0, 100.0);
			assertThat(body.get("signal").get("consensusTrackRecord").get("verdict").asString()).isNotBlank();
			assertThat(body.get("parameters").get("horizon").asInt()).isEqualTo(2);
		}

		@Test
		void the_signal_says_whether_the_evidence_backs_it_and_why_not_in_english() throws Exception {
			for (String asset : List.of("bitcoin", "solana", "ripple")) {
				JsonNode signal = json(get("/api/v1/signals/" + asset)).get("signal");
				boolean actionable = signal.get("actionable").asBoolean();
				JsonNode reason = signal.get("reason");
				assertThat(reason.isNull()).as(asset).isEqualTo(actionable);
				if (!actionable) {
					assertThat(signal.get("reasonText").asString()).as(asset)
						.isEqualTo(io.cryptoviz.dashboard.predictions.AnalysisWords.english()
							.backing(io.cryptoviz.ml.consensus.SignalBacking.Reason.valueOf(reason.asString())));
				}
				if (signal.get("action").asString().equals("HOLD")) {
					assertThat(reason.asString()).as(asset).isEqualTo("HOLD");
				}
				else if (!signal.get("consensusTrackRecord").get("verdict").asString().equals("BEATS_NAIVE")) {
					assertThat(actionable).as(asset).isFalse();
				}
			}
		}

		@Test
		void confidence_lists_each_model_the_naive_baseline_and_the_consensus() throws Exception {
			JsonNode body = json(get("/api/v1/confidence/cardano?ma_short=10&ma_long=30&momentum=7"));
			assertThat(body.get("models").valueStream().map(m -> m.get("model").asString())).containsExactly("ma_short",
					"ma_long", "trend", "momentum", "naive");
			assertThat(body.get("models").get(0).get("confidence").asDouble()).isBetween(0.0, 100.0);
			assertThat(body.get("consensus").asDouble()).isBetween(0.0, 100.0);
			assertThat(body.get("parameters").get("maShort").asInt()).isEqualTo(10);
		}

	}

	@Nested
	class Batch {

		@Test
		void analyses_many_assets_and_reports_unknown_ones_per_entry() throws Exception {
			HttpResponse<String> response = post("/api/v1/analysis/batch", "application/json",
					"{\"assets\": [\"bitcoin\", \"ethereum\", \"bitcoin\", \"no-such-coin\"], \"horizon\": 4, \"history\": 24}");
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode results = json(response).get("results");
			assertThat(results.valueStream().map(r -> r.get("asset").asString())).containsExactly("bitcoin", "ethereum",
					"no-such-coin");
			assertThat(results.get(0).get("analysis").get("signal").get("action").asString()).isIn("BUY", "SELL",
					"HOLD");
			assertThat(results.get(0).get("analysis").get("models").get(0).has("path")).isFalse();
			assertThat(results.get(2).get("error").asString()).contains("no-such-coin");
		}

		@Test
		void more_than_100_assets_is_a_bad_request() throws Exception {
			String ids = String.join(",", java.util.Collections.nCopies(101, "\"bitcoin\""));
			HttpResponse<String> response = post("/api/v1/analysis/batch", "application/json",
					"{\"assets\": [" + ids + "]}");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(json(response).get("parameter").asString()).isEqualTo("assets");
		}

	}

	@Nested
	class Errors {

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				textBlock = """
						/api/v1/predictions/bitcoin?horizon=0          | horizon  | a whole number from 1 to 24 hours
						/api/v1/predictions/bitcoin?horizon=25         | horizon  | a whole number from 1 to 24 hours
						/api/v1/predictions/bitcoin?horizon=4.5        | horizon  | a whole number from 1 to 24 hours
						/api/v1/predictions/bitcoin?horizon=NaN        | horizon  | a whole number from 1 to 24 hours
						/api/v1/predictions/bitcoin?history=-6         | history  | a whole number from 6 to 72 hours
						/api/v1/predictions/bitcoin?history=           | history  | a whole number from 6 to 72 hours
						/api/v1/predictions/bitcoin?source=binance     | source   | one of all, coingecko (or cg), coinmarketcap (or cmc), coinpaprika (or cp)
						/api/v1/predictions/bitcoin?models=arima       | models   | a comma-separated list of ma_short, ma_long, trend, momentum, naive
						/api/v1/predictions/bitcoin?ma_short=31        | ma_short | a whole number from 5 to 30 points
						/api/v1/predictions/bitcoin?ma_short=25&ma_long=21 | ma_long | a whole number from 25 to 100 points (never below ma_short)
						/api/v1/signals/bitcoin?momentum=99999999999   | momentum | a whole number from 5 to 30 points
						/api/v1/confidence/BITCOIN                     | asset    | a CoinGecko id: lower-case letters, digits, '.', '_' or '-', at most 100 characters
						""")
		void out_of_range_or_malformed_parameters_are_400_naming_the_parameter_and_range(String path, String parameter,
				String allowed) throws Exception {
			HttpResponse<String> response = get(path.strip());
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(contentType(response)).startsWith("application/problem+json");
			JsonNode problem = json(response);
			assertThat(problem.get("status").asInt()).isEqualTo(400);
			assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
			assertThat(problem.get("allowed").asString()).isEqualTo(allowed.strip());
			assertThat(problem.get("detail").asString()).startsWith(parameter + " must be " + allowed.strip());
		}

		@Test
		void an_unknown_asset_is_404() throws Exception {
			HttpResponse<String> response = get("/api/v1/predictions/no-such-coin");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(contentType(response)).startsWith("application/problem+json");
			assertThat(json(response).get("type").asString()).isEqualTo("urn:cryptoviz:problem:unknown-asset");
			assertThat(json(response).get("asset").asString()).isEqualTo("no-such-coin");
		}

		@Test
		void an_unknown_api_path_is_a_problem_404_not_the_vaadin_page() throws Exception {
			HttpResponse<String> response = get("/api/v1/nothing-here");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(contentType(response)).startsWith("application/problem+json");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				{not json                                   | application/json
				[]                                          | application/json
				{"assets": "bitcoin"}                       | application/json
				{"assets": [{"id": "bitcoin"}]}             | application/json
				""")
		void malformed_bodies_are_400(String body, String contentType) throws Exception {
			HttpResponse<String> response = post("/api/v1/analysis/batch", contentType, body);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(contentType(response)).startsWith("application/problem+json");
		}

		@Test
		void a_fractional_horizon_in_the_body_is_400_naming_it() throws Exception {
			HttpResponse<String> response = post("/api/v1/analysis/batch", "application/json",
					"{\"assets\": [\"bitcoin\"], \"horizon\": 4.5}");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(json(response).get("parameter").asString()).isEqualTo("horizon");
		}

		@Test
		void a_wrong_media_type_is_415_and_a_wrong_method_405() throws Exception {
			HttpResponse<String> text = post("/api/v1/analysis/batch", "text/plain", "bitcoin");
			HttpResponse<String> method = post("/api/v1/assets", "application/json", "{}");
			assertThat(text.statusCode()).isEqualTo(415);
			assertThat(method.statusCode()).isEqualTo(405);
			assertThat(contentType(method)).startsWith("application/problem+json");
		}

	}

	@Nested
	class Documentation {

		@Test
		void the_openapi_document_describes_every_endpoint() throws Exception {
			HttpResponse<String> response = get("/api/docs/openapi");
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode paths = json(response).get("paths");
			assertThat(paths.propertyNames()).contains("/api/v1/assets", "/api/v1/predictions/{asset}",
					"/api/v1/signals/{asset}", "/api/v1/confidence/{asset}", "/api/v1/analysis/batch");
		}

		@ParameterizedTest
		@CsvSource({ "/api/v1/predictions/{asset}", "/api/v1/signals/{asset}", "/api/v1/confidence/{asset}" })
		void each_single_asset_endpoint_documents_the_analysis_parameters_by_their_wire_names(String path)
				throws Exception {
			JsonNode parameters = json(get("/api/docs/openapi")).get("paths").get(path).get("get").get("parameters");
			assertThat(parameters.valueStream()
				.filter(p -> p.get("in").asString().equals("query"))
				.map(p -> p.get("name").asString()))
				.contains("horizon", "history", "source", "ma_short", "ma_long", "momentum");
			JsonNode maLong = parameters.valueStream()
				.filter(p -> p.get("name").asString().equals("ma_long"))
				.findFirst()
				.orElseThrow();
			assertThat(maLong.get("description").asString())
				.contains(AnalysisParameters.MA_LONG_POINTS.min() + " to " + AnalysisParameters.MA_LONG_POINTS.max());
		}

		@Test
		void swagger_ui_is_served_from_api_docs() throws Exception {
			HttpResponse<String> redirect = get("/api/docs");
			assertThat(redirect.statusCode()).isEqualTo(302);
			String location = redirect.headers().firstValue("Location").orElseThrow();
			HttpResponse<String> page = get(URI.create(location).getPath() + "?" + URI.create(location).getQuery());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("swagger-ui");
		}

	}

}
