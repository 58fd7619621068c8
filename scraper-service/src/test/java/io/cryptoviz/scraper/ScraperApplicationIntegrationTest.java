package io.cryptoviz.scraper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.fixtures.FixtureServer;
import io.cryptoviz.scraper.fixtures.FixtureServer.Reply;
import io.cryptoviz.scraper.fixtures.ScraperRun;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service against recorded-shape fixtures over real HTTP and a real Redis.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScraperApplicationIntegrationTest {

	private static final String CMC_KEY = "cmc-secret-0f9e8d7c6b5a";

	private static final String CG_KEY = "CG-demo-secret-1a2b3c4d";

	private static final DedicatedRedis redis = RealRedis.dedicated();

	private static final String REDIS_PASSWORD = "redis-Secret_7e1d.9c";

	private static final DedicatedRedis protectedRedis = RealRedis.dedicated(REDIS_PASSWORD);

	private final FixtureServer server = FixtureServer.start();

	private ConfigurableApplicationContext context;

	@BeforeEach
	void fixtures() {
		this.server.on("/api/v3/coins/markets", Reply.fixture("coingecko/markets.json"))
			// CMC answers a little later so CoinGecko has named the top N first.
			.on("/v1/cryptocurrency/listings/latest",
					Reply.fixture("coinmarketcap/listings.json").after(Duration.ofMillis(300)))
			.on("/paprika/v1/tickers", Reply.fixture("coinpaprika/tickers.json").after(Duration.ofMillis(300)));
	}

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
		protectedRedis.close();
	}

	private ConfigurableApplicationContext start(String... extra) {
		ScraperRun.flush(redis.endpoint().uri());
		return startAgainst(redis.endpoint().uri(), extra);
	}

	private ConfigurableApplicationContext startAgainst(String redisUrl, String... extra) {
		List<String> properties = new java.util.ArrayList<>(List.of("spring.data.redis.url=" + redisUrl,
				"cryptoviz.scraper.sources.coingecko.base-url=" + this.server.url() + "/api/v3",
				"cryptoviz.scraper.sources.coinmarketcap.base-url=" + this.server.url(),
				"cryptoviz.scraper.sources.coinpaprika.base-url=" + this.server.url() + "/paprika/v1"));
		properties.addAll(List.of(extra));
		this.context = ScraperRun.start(Clock.systemUTC(), (duration) -> {
		}, properties.toArray(String[]::new));
		return this.context;
	}

	private List<Quote> quotes() {
		return ScraperRun.queue(this.context).stream().map(QuoteCodec::decode).toList();
	}

	private String get(String path) throws Exception {
		int port = Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port"));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		return response.statusCode() + " " + response.body();
	}

	@Test
	void every_source_lands_on_the_queue_as_decodable_quotes_matched_by_slug_or_symbol_and_name(CapturedOutput output) {
		start("COINMARKETCAP_API_KEY=" + CMC_KEY, "cryptoviz.scraper.mode=simulated",
				"cryptoviz.scraper.assets.ids=bitcoin,ethereum,tether,binancecoin,brand-new-coin",
				"cryptoviz.scraper.sources.coinpaprika.enabled=true");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> quotes().stream().filter((q) -> q.source() == Source.COINPAPRIKA).count() >= 4
					&& quotes().size() >= 12);

		List<Quote> quotes = quotes();
		assertThat(quotes).filteredOn((q) -> q.source() == Source.COINGECKO)
			.extracting(Quote::assetId)
			.containsExactlyInAnyOrder("bitcoin", "ethereum", "tether", "binancecoin");
		assertThat(quotes).filteredOn((q) -> q.source() == Source.COINMARKETCAP)
			.extracting(Quote::assetId, Quote::name)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("bitcoin", "Bitcoin"),
					org.assertj.core.groups.Tuple.tuple("ethereum", "Ethereum"),
					org.assertj.core.groups.Tuple.tuple("tether", "Tether USDt"),
					org.assertj.core.groups.Tuple.tuple("binancecoin", "BNB"));
		// Whether CoinGecko has named the assets before CoinPaprika's first answer is a
		// race; either way the four in the override table arrive, under CoinPaprika's
		// names, and nothing else does (brand-new-coin only by symbol and name, once
		// CoinGecko has named it: CoinPaprikaSourceTest covers that rule).
		assertThat(quotes).filteredOn((q) -> q.source() == Source.COINPAPRIKA)
			.extracting(Quote::assetId, Quote::name)
			.contains(org.assertj.core.groups.Tuple.tuple("bitcoin", "Bitcoin"),
					org.assertj.core.groups.Tuple.tuple("ethereum", "Ethereum"),
					org.assertj.core.groups.Tuple.tuple("tether", "Tether"),
					org.assertj.core.groups.Tuple.tuple("binancecoin", "Binance Coin"))
			.isSubsetOf(org.assertj.core.groups.Tuple.tuple("bitcoin", "Bitcoin"),
					org.assertj.core.groups.Tuple.tuple("ethereum", "Ethereum"),
					org.assertj.core.groups.Tuple.tuple("tether", "Tether"),
					org.assertj.core.groups.Tuple.tuple("binancecoin", "Binance Coin"),
					org.assertj.core.groups.Tuple.tuple("brand-new-coin", "Brand New Coin"));
		assertThat(this.server.requests("/paprika/v1/tickers")).singleElement()
			.satisfies((r) -> assertThat(r.query()).isEqualTo("quotes=USD"))
			.satisfies((r) -> assertThat(r.headers()).containsEntry("accept-encoding", "gzip")
				.doesNotContainKey("x-cmc_pro_api_key"));
		assertThat(this.context.getBean(StringRedisTemplate.class).opsForValue().get(RedisKeys.DATA_MODE))
			.isEqualTo("simulated");
		assertThat(this.server.requests("/v1/cryptocurrency/listings/latest").getFirst())
			.satisfies((r) -> assertThat(r.headers()).containsEntry("x-cmc_pro_api_key", CMC_KEY)
				.containsEntry("accept", "application/json"))
			.satisfies((r) -> assertThat(r.query()).isEqualTo("start=1&limit=100&convert=USD"));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut()).containsPattern(
					"coingecko cycle: 4 quotes, 1 rejected, 0 unmatched, \\d+ ms, 0 unchanged, queue depth \\d+, outbox \\d+")
				.contains("coingecko rejected 1: brand-new-coin (current_price is null)")
				.containsPattern("coinmarketcap cycle: 4 quotes, 0 rejected, 1 unmatched, \\d+ ms")
				.contains("coinmarketcap: 1 of 5 tracked assets have no match and are left out: brand-new-coin")
				.containsPattern("coinpaprika cycle: 5 quotes, 0 rejected, 0 unmatched, \\d+ ms"));
	}

	@Test
	void the_api_keys_never_appear_in_logs_or_actuator_output(CapturedOutput output) throws Exception {
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture(401, "coinmarketcap/error-401.json"));
		start("COINMARKETCAP_API_KEY=" + CMC_KEY, "COINGECKO_API_KEY=" + CG_KEY, "logging.level.root=DEBUG",
				"management.endpoints.web.exposure.include=*");
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("coinmarketcap disabled"));
		assertThat(this.server.requests("/api/v3/coins/markets").getFirst().headers())
			.containsEntry("x-cg-demo-api-key", CG_KEY);

		String actuator = get("/actuator/health/freshness") + get("/actuator/env") + get("/actuator/configprops")
				+ get("/actuator/metrics") + get("/actuator/beans");

		assertThat(actuator).contains("coinmarketcap").doesNotContain(CMC_KEY).doesNotContain(CG_KEY);
		assertThat(output.getAll()).doesNotContain(CMC_KEY).doesNotContain(CG_KEY);
	}

	@Test
	void a_refused_key_disables_the_source_with_one_error_line_naming_the_variable(CapturedOutput output)
			throws Exception {
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture(401, "coinmarketcap/error-401.json"));
		start("COINMARKETCAP_API_KEY=" + CMC_KEY);

		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("coinmarketcap disabled"));

		assertThat(output.getOut().lines().filter((line) -> line.contains(" ERROR "))).singleElement()
			.asString()
			.contains("coinmarketcap disabled", "This API Key is invalid.", "set COINMARKETCAP_API_KEY");
		assertThat(this.server.requests("/v1/cryptocurrency/listings/latest")).hasSize(1);
		assertThat(get("/actuator/health/freshness")).contains("\"DISABLED\"", "This API Key is invalid.");
		assertThat(get("/actuator/health")).startsWith("200 ").contains("\"status\":\"UP\"");
	}

	@Test
	void without_a_coinmarketcap_key_coingecko_runs_alone_after_one_startup_line(CapturedOutput output) {
		start();

		await().atMost(Duration.ofSeconds(10)).until(() -> quotes().size() >= 4);

		assertThat(output.getOut().lines().filter((line) -> line.contains("COINMARKETCAP_API_KEY"))).singleElement()
			.asString()
			.contains("coinmarketcap: disabled, COINMARKETCAP_API_KEY is not set; CoinGecko runs alone");
		assertThat(quotes()).extracting(Quote::source).containsOnly(Source.COINGECKO);
		assertThat(this.server.requests("/v1/")).isEmpty();
	}

	@Test
	void a_slow_coinpaprika_delays_neither_coingecko_nor_coinmarketcap() {
		this.server.on("/paprika/v1/tickers", Reply.fixture("coinpaprika/tickers.json").after(Duration.ofSeconds(4)));
		start("COINMARKETCAP_API_KEY=" + CMC_KEY, "cryptoviz.scraper.sources.coinpaprika.enabled=true");

		await().atMost(Duration.ofSeconds(3)).until(() -> quotes().size() >= 8);

		assertThat(quotes()).extracting(Quote::source).containsOnly(Source.COINGECKO, Source.COINMARKETCAP);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(quotes()).extracting(Quote::source).contains(Source.COINPAPRIKA));
	}

	@Test
	void coinmarketcap_makes_its_first_call_only_after_coingecko_has_named_the_assets(CapturedOutput output) {
		this.server.on("/api/v3/coins/markets", Reply.fixture("coingecko/markets.json").after(Duration.ofSeconds(2)));
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture("coinmarketcap/listings.json"));
		start("COINMARKETCAP_API_KEY=" + CMC_KEY);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> quotes().stream().anyMatch((q) -> q.source() == Source.COINMARKETCAP));

		java.time.Instant askedCoinGecko = this.server.requests("/api/v3/coins/markets").getFirst().at();
		assertThat(this.server.requests("/v1/cryptocurrency/listings/latest").getFirst().at())
			.isAfterOrEqualTo(askedCoinGecko.plusMillis(1900));
		assertThat(output.getOut()).contains("coinmarketcap: waiting for CoinGecko to name the tracked assets");
	}

	@Test
	void a_broken_coinpaprika_body_is_one_warn_line_without_a_stack_trace_and_the_others_carry_on(
			CapturedOutput output) {
		this.server.on("/paprika/v1/tickers", Reply.fixture("truncated.json"));
		start("cryptoviz.scraper.sources.coinpaprika.enabled=true");

		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("coinpaprika cycle failed"));
		await().atMost(Duration.ofSeconds(10)).until(() -> quotes().size() >= 4);

		assertThat(output.getOut().lines().filter((line) -> line.contains("coinpaprika cycle failed"))).singleElement()
			.asString()
			.contains(" WARN ", "after 1 attempt(s)", "coinpaprika tickers: malformed JSON", "[malformed]");
		assertThat(output.getOut()).doesNotContain("\tat io.cryptoviz.scraper");
		assertThat(output.getOut().lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
		assertThat(quotes()).extracting(Quote::source).containsOnly(Source.COINGECKO);
	}

	@Test
	void coinpaprika_switched_off_is_one_startup_line_and_no_request(CapturedOutput output) {
		start("cryptoviz.scraper.sources.coinpaprika.enabled=false");

		await().atMost(Duration.ofSeconds(10)).until(() -> quotes().size() >= 4);

		assertThat(output.getOut())
			.contains("coinpaprika: disabled, switched off by cryptoviz.scraper.sources.coinpaprika.enabled")
			.doesNotContain("coinpaprika cycle");
		assertThat(this.server.requests("/paprika/")).isEmpty();
	}

	@Test
	void an_interval_above_the_coinpaprika_monthly_budget_warns_at_startup(CapturedOutput output) {
		start("cryptoviz.scraper.sources.coinpaprika.enabled=true", "cryptoviz.scraper.interval=1m");

		assertThat(output.getOut()).contains(
				"coinpaprika: cryptoviz.scraper.interval=PT1M means 43200 calls/month, above the free plan's ~20000");
	}

	@Test
	void an_interval_above_the_coinmarketcap_daily_budget_warns_at_startup(CapturedOutput output) {
		start("COINMARKETCAP_API_KEY=" + CMC_KEY, "cryptoviz.scraper.interval=1m");

		assertThat(output.getOut()).contains(
				"coinmarketcap: cryptoviz.scraper.interval=PT1M means 1440 calls/day, above the Basic plan's ~333/day");
	}

	@Test
	void health_stays_up_and_reports_each_source_in_its_own_group() throws Exception {
		start("COINMARKETCAP_API_KEY=" + CMC_KEY, "cryptoviz.scraper.sources.coinpaprika.enabled=true");
		await().atMost(Duration.ofSeconds(10)).until(() -> quotes().size() >= 12);

		// ./cryptoviz up reads the first "status" of the root body; it must be the
		// overall one.
		assertThat(get("/actuator/health")).startsWith("200 ")
			.containsOnlyOnce("\"status\"")
			.contains("\"status\":\"UP\"");
		String freshness = get("/actuator/health/freshness");
		JsonNode sources = JsonMapper.shared().readTree(freshness.substring(4)).path("components").path("sources");
		assertThat(freshness).startsWith("200 ");
		assertThat(sources.path("components").path("coingecko").path("status").asString()).isEqualTo("UP");
		assertThat(sources.path("components").path("coinmarketcap").path("status").asString()).isEqualTo("UP");
		assertThat(sources.path("components").path("coinpaprika").path("status").asString()).isEqualTo("UP");
		assertThat(sources.path("components").path("coingecko").path("details").path("lastSuccess").asString())
			.isNotEqualTo("never");
	}

	/**
	 * Compose writes {@code REDIS_URL} as {@code redis://:PASSWORD@redis:6379}, with an
	 * empty password when {@code .env} sets none.
	 */
	@Nested
	class With_the_compose_redis_url {

		@Test
		void an_empty_password_reaches_a_redis_that_has_none() {
			ScraperRun.flush(redis.endpoint().uri());
			startAgainst(redis.uriWithPassword());

			await().atMost(Duration.ofSeconds(10)).until(() -> quotes().size() >= 4);

			assertThat(redis.uriWithPassword()).startsWith("redis://:@");
		}

		@Test
		void the_password_delivers_quotes_and_stays_out_of_logs_and_actuator_output(CapturedOutput output)
				throws Exception {
			ScraperRun.flush(protectedRedis.uriWithPassword());
			startAgainst(protectedRedis.uriWithPassword(), "logging.level.root=DEBUG",
					"management.endpoints.web.exposure.include=*");

			await().atMost(Duration.ofSeconds(10)).until(() -> quotes().size() >= 4);

			String actuator = get("/actuator/health") + get("/actuator/env") + get("/actuator/configprops");
			assertThat(actuator).contains("\"status\":\"UP\"").doesNotContain(REDIS_PASSWORD);
			assertThat(output.getAll()).doesNotContain(REDIS_PASSWORD);
		}

		@Test
		void a_wrong_password_is_one_warn_line_without_a_stack_trace(CapturedOutput output) throws Exception {
			startAgainst("redis://:wrong-password@127.0.0.1:" + protectedRedis.endpoint().port());

			await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("redis refused"));
			Thread.sleep(1_000);

			assertThat(output.getOut().lines().filter((line) -> line.contains("QuotePublisher"))).singleElement()
				.asString()
				.contains(" WARN ", "redis refused the password (REDIS_PASSWORD in compose", "WRONGPASS");
			assertThat(output.getOut().lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
			assertThat(output.getOut()).doesNotContain("\tat ").doesNotContain("wrong-password");
		}

	}

}
