package io.cryptoviz.dashboard.prices;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /api/v1/prices/{asset}} over real HTTP against the seeded store of 8 days of
 * 5-minute quotes from two sources.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PriceApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final Instant END = PredictionsStore.END;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	static List<String[]> csvRows(HttpResponse<String> response) {
		return response.body().lines().skip(1).map(line -> line.split(",")).toList();
	}

	@Nested
	class Formats {

		@Test
		void json_is_the_default_with_every_stored_quote_of_the_last_day_per_source() throws Exception {
			HttpResponse<String> response = get("/api/v1/prices/bitcoin");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(contentType(response)).startsWith("application/json");
			JsonNode body = JSON.readTree(response.body());
			assertThat(body.get("asset").asString()).isEqualTo("bitcoin");
			assertThat(body.get("interval").asString()).isEqualTo("raw");
			assertThat(body.get("sources").toString()).as("every source read, with data or not")
				.isEqualTo("[\"coingecko\",\"coinmarketcap\",\"coinpaprika\"]");
			JsonNode prices = body.get("prices");
			assertThat(prices.size()).as("288 five-minute quotes a day, from each of two sources").isEqualTo(2 * 288);
			JsonNode last = prices.get(prices.size() - 1);
			assertThat(last.get("time").asString()).isEqualTo(END.toString());
			assertThat(last.get("source").asString()).isEqualTo("coinmarketcap");
			assertThat(last.get("price").asDouble()).isPositive();
		}

		@Test
		void csv_when_the_accept_header_asks_for_it() throws Exception {
			HttpResponse<String> response = get("/api/v1/prices/bitcoin", "Accept", "text/csv");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(contentType(response)).startsWith("text/csv");
			assertThat(response.body()).startsWith("time,source,price\r\n");
			List<String[]> rows = csvRows(response);
			assertThat(rows).hasSize(2 * 288);
			assertThat(rows.getLast()[0]).isEqualTo(END.toString());
			assertThat(Double.parseDouble(rows.getLast()[2])).isPositive();
		}

		@Test
		void format_csv_wins_over_an_accept_header_asking_for_json() throws Exception {
			HttpResponse<String> response = get("/api/v1/prices/bitcoin?format=csv&source=cg", "Accept",
					"application/json");

			assertThat(contentType(response)).startsWith("text/csv");
			assertThat(csvRows(response)).hasSize(288).allSatisfy(row -> assertThat(row[1]).isEqualTo("coingecko"));
		}

		@Test
		void json_and_csv_carry_the_same_rows() throws Exception {
			String query = "/api/v1/prices/ethereum?interval=1h&from=" + END.minus(Duration.ofDays(2));
			JsonNode json = JSON.readTree(get(query).body()).get("prices");
			List<String[]> csv = csvRows(get(query + "&format=csv"));

			assertThat(csv).hasSize(json.size());
			for (int i = 0; i < csv.size(); i++) {
				assertThat(csv.get(i)[0]).isEqualTo(json.get(i).get("time").asString());
				assertThat(csv.get(i)[1]).isEqualTo(json.get(i).get("source").asString());
				assertThat(Double.parseDouble(csv.get(i)[2])).isEqualTo(json.get(i).get("price").asDouble());
			}
		}

	}

	@Nested
	class Intervals {

		@Test
		void one_hour_is_each_sources_mean_of_its_quotes_within_each_hour() throws Exception {
			Instant to = END.truncatedTo(ChronoUnit.HOURS);
			String window = "from=" + to.minus(Duration.ofHours(6)) + "&to=" + to + "&source=coingecko&format=csv";
			List<String[]> raw = csvRows(get("/api/v1/prices/solana?interval=raw&" + window));
			List<String[]> hourly = csvRows(get("/api/v1/prices/solana?interval=1h&" + window));

			Map<Instant, Double> expected = raw.stream()
				.collect(Collectors.groupingBy(row -> Instant.parse(row[0]).truncatedTo(ChronoUnit.HOURS), TreeMap::new,
						Collectors.averagingDouble(row -> Double.parseDouble(row[2]))));
			assertThat(raw).hasSize(6 * 12);
			assertThat(hourly).hasSize(6);
			for (String[] row : hourly) {
				assertThat(Double.parseDouble(row[2])).isCloseTo(expected.get(Instant.parse(row[0])), within(1e-9));
			}
		}

		@Test
		void five_minutes_keeps_one_row_per_source_and_bucket() throws Exception {
			JsonNode prices = JSON
				.readTree(get("/api/v1/prices/bitcoin?interval=5m&from=" + END.minus(Duration.ofHours(1))).body())
				.get("prices");

			assertThat(prices.size()).as("the hour's 12 buckets and the one starting at its end, inclusive")
				.isEqualTo(2 * 13);
			assertThat(prices.valueStream().map(p -> Instant.parse(p.get("time").asString()).getEpochSecond() % 300))
				.containsOnly(0L);
		}

		@Test
		void one_day_starts_each_bucket_at_midnight_utc() throws Exception {
			JsonNode prices = JSON.readTree(get("/api/v1/prices/bitcoin?interval=1d&source=cmc").body()).get("prices");

			assertThat(prices.size()).as("8 days of data touch 8 or 9 UTC days").isBetween(8, 9);
			assertThat(prices.valueStream().map(p -> Instant.parse(p.get("time").asString())))
				.allSatisfy(time -> assertThat(time).isEqualTo(time.truncatedTo(ChronoUnit.DAYS)));
		}

		@Test
		void a_period_outside_the_data_is_an_empty_list() throws Exception {
			HttpResponse<String> response = get("/api/v1/prices/bitcoin?from=2020-01-01&to=2020-01-31");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(response.body()).get("prices").size()).isZero();
		}

	}

	@Nested
	class Errors {

		@ParameterizedTest(name = "{0} -> 400 naming {1}")
		@CsvSource(delimiter = '|',
				value = { "/api/v1/prices/bitcoin?interval=2m | interval",
						"/api/v1/prices/bitcoin?interval= | interval", "/api/v1/prices/bitcoin?source=kraken | source",
						"/api/v1/prices/bitcoin?from=yesterday | from", "/api/v1/prices/bitcoin?to=2026-13-01 | to",
						"/api/v1/prices/bitcoin?from=2026-02-01&to=2026-01-01 | to",
						"/api/v1/prices/bitcoin?from=2024-01-01&to=2025-06-01 | from",
						"/api/v1/prices/bitcoin?from=0001-01-01T00:00:00Z | from",
						"/api/v1/prices/bitcoin?format=xml | format", "/api/v1/prices/Bit%20Coin | asset" })
		void a_bad_parameter_is_a_400_problem_naming_it(String path, String parameter) throws Exception {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(contentType(response)).startsWith("application/problem+json");
			assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
		}

		@Test
		void a_year_of_daily_averages_is_allowed_where_raw_quotes_are_not() throws Exception {
			String period = "from=2024-01-01&to=2025-06-01";

			assertThat(get("/api/v1/prices/bitcoin?interval=1d&" + period).statusCode()).isEqualTo(200);
			assertThat(get("/api/v1/prices/bitcoin?interval=raw&" + period).statusCode()).isEqualTo(400);
		}

		@Test
		void an_unknown_asset_is_a_404_problem_even_when_csv_was_asked_for() throws Exception {
			HttpResponse<String> response = get("/api/v1/prices/no-such-coin", "Accept", "text/csv");

			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(contentType(response)).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.get("type").asString()).isEqualTo("urn:cryptoviz:problem:unknown-asset");
			assertThat(problem.get("asset").asString()).isEqualTo("no-such-coin");
		}

	}

	@Test
	void the_openapi_document_declares_both_formats_every_parameter_and_the_problems() throws Exception {
		JsonNode operation = JSON.readTree(get("/api/docs/openapi").body())
			.get("paths")
			.get("/api/v1/prices/{asset}")
			.get("get");

		assertThat(operation.get("parameters").valueStream().map(p -> p.get("name").asString()))
			.containsExactlyInAnyOrder("asset", "from", "to", "source", "interval", "format");
		assertThat(operation.get("responses").propertyNames()).contains("200", "400", "404", "503");
		assertThat(operation.get("responses").get("200").get("content").propertyNames()).contains("application/json",
				"text/csv");
		assertThat(operation.get("responses").get("404").get("content").propertyNames())
			.containsExactly("application/problem+json");
	}

}
