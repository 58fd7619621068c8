package io.cryptoviz.scraper.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.fixtures.FixtureServer.Reply;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;

import static io.cryptoviz.scraper.replay.ReplayRun.CMC_KEY;
import static io.cryptoviz.scraper.replay.ReplayRun.T0;
import static io.cryptoviz.scraper.replay.ReplayRun.replay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Provider payloads of the shapes seen in the wild (written from the documented shapes in
 * {@code src/test/resources/replay}), replayed to the whole scraper. Each test asserts
 * what lands on the Redis queue, field by field, and the log lines a user reads.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplayTest {

	private static final String MARKETS = "/api/v3/coins/markets";

	private static final String LISTINGS = "/v1/cryptocurrency/listings/latest";

	private static final String TOP_20_OF_250 = "coingecko/markets-250-for-per-page-20.json";

	/** The 20 ids the top-20 fixture names first, in market-cap order. */
	private static final List<String> TRACKED = List.of("bitcoin", "ethereum", "tether", "binancecoin", "solana",
			"ripple", "usd-coin", "cardano", "dogecoin", "avalanche-2", "tron", "polkadot", "dai", "near",
			"hedera-hashgraph", "theta-token", "bittorrent", "pepe", "zero-cap-token", "brand-new-coin");

	private static final DedicatedRedis redis = RealRedis.dedicated();

	private final ReplayRun run = new ReplayRun(redis);

	@AfterEach
	void stop() {
		this.run.close();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	private static Quote coinGecko(String id, String symbol, String name, double price, Double change, Double marketCap,
			Double volume, String updated) {
		return new Quote(id, symbol, name, price, change, marketCap, volume, Source.COINGECKO, Instant.parse(updated),
				T0);
	}

	private static Quote coinMarketCap(String id, String symbol, String name, double price, Double change,
			Double marketCap, Double volume, String updated) {
		return new Quote(id, symbol, name, price, change, marketCap, volume, Source.COINMARKETCAP,
				Instant.parse(updated), T0);
	}

	private static void awaitLine(CapturedOutput output, String text) {
		await().atMost(Duration.ofSeconds(15)).until(() -> output.getOut().contains(text));
	}

	private static List<String> lines(CapturedOutput output, String text) {
		return output.getOut().lines().filter((line) -> line.contains(text)).toList();
	}

	@Nested
	class CoinGeckoMarkets {

		@Test
		void an_answer_of_250_coins_for_per_page_20_tracks_and_publishes_only_the_first_20(CapturedOutput output) {
			ReplayTest.this.run.server.on(MARKETS, Reply.fixture(replay(TOP_20_OF_250)));
			ReplayTest.this.run.start();

			awaitLine(output, "coingecko cycle:");

			List<Quote> quotes = ReplayTest.this.run.quotes(Source.COINGECKO);
			assertThat(quotes).extracting(Quote::assetId)
				.containsExactlyInAnyOrderElementsOf(TRACKED.subList(0, TRACKED.size() - 1));
			assertThat(lines(output, "coingecko cycle:")).singleElement()
				.asString()
				.contains("coingecko cycle: 19 quotes, 1 rejected, 0 unmatched");
			assertThat(lines(output, "coingecko: asked for")).singleElement()
				.asString()
				.endsWith("coingecko: asked for 20 coins, the answer held 250; kept the 20 asked for");
			// The whole line, timestamp and logger included: it was 2,994 characters for
			// 250 ids.
			assertThat(lines(output, "tracked assets:")).singleElement()
				.asString()
				.endsWith("tracked assets: 20 (top 20 by market cap from CoinGecko): bitcoin, ethereum, tether, "
						+ "binancecoin, solana, ripple, usd-coin, cardano, dogecoin, avalanche-2 and 10 more")
				.hasSizeLessThan(400);
		}

		@Test
		void null_and_zero_fields_and_a_price_of_1e_9_arrive_as_sent_and_a_null_price_is_named(CapturedOutput output) {
			ReplayTest.this.run.server.on(MARKETS, Reply.fixture(replay(TOP_20_OF_250)));
			ReplayTest.this.run.start();

			awaitLine(output, "coingecko cycle:");

			assertThat(ReplayTest.this.run.quotes(Source.COINGECKO)).contains(
					coinGecko("bitcoin", "BTC", "Bitcoin", 43012.5, -0.61, 842.9e9, 21.4e9, "2024-01-27T09:59:35.901Z"),
					coinGecko("solana", "SOL", "Solana", 95.12, null, 41.2e9, 1.9e9, "2024-01-27T09:59:38.010Z"),
					coinGecko("usd-coin", "USDC", "USDC", 0.9999, 0.0, 25.1e9, 4.2e9, "2024-01-27T09:59:30.250Z"),
					coinGecko("pepe", "PEPE", "Pepe", 1.2e-9, -3.0, 0.5e9, 0.07e9, "2024-01-27T09:59:23Z"), coinGecko(
							"zero-cap-token", "ZCT", "Zero Cap Token", 2.5, null, 0.0, 1234.5, "2024-01-27T09:59:22Z"));
			assertThat(ReplayTest.this.run.quotes(Source.COINGECKO)).extracting(Quote::assetId)
				.doesNotContain("brand-new-coin");
			assertThat(lines(output, "coingecko rejected")).singleElement()
				.asString()
				.endsWith("coingecko rejected 1: brand-new-coin (current_price is null)");
		}

	}

	@Nested
	class CoinMarketCapMatching {

		@Test
		void only_ids_coingecko_listed_are_published_a_reused_slug_is_refused_and_hedera_pairs_by_its_exact_slug(
				CapturedOutput output) {
			ReplayTest.this.run.server.on(MARKETS, Reply.fixture(replay(TOP_20_OF_250)))
				.on(LISTINGS, Reply.fixture(replay("coinmarketcap/listings-slug-reuse.json")));
			ReplayTest.this.run.start("COINMARKETCAP_API_KEY=" + CMC_KEY);

			awaitLine(output, "coinmarketcap cycle:");

			List<Quote> quotes = ReplayTest.this.run.quotes(Source.COINMARKETCAP);
			assertThat(quotes).containsExactlyInAnyOrder(
					coinMarketCap("bitcoin", "BTC", "Bitcoin", 43050.1, -0.55, 8.44e11, 2.2e10, "2024-01-27T09:59:02Z"),
					coinMarketCap("ethereum", "ETH", "Ethereum", 2302.4, 1.3, 2.767e11, 9.9e9, "2024-01-27T09:59:03Z"),
					coinMarketCap("tether", "USDT", "Tether USDt", 1.0002, 0.01, 9.52e10, 3.1e10,
							"2024-01-27T09:59:04Z"),
					coinMarketCap("dai", "DAI", "Dai", 1.0001, null, 5.3e9, 2.1e8, "2024-01-27T09:59:07Z"),
					coinMarketCap("near", "NEAR", "NEAR Protocol", 3.215, 4.0, 0.0, 1.8e8, "2024-01-27T09:59:08Z"),
					coinMarketCap("hedera-hashgraph", "HBAR", "Hedera", 0.0712, -2.1, 2.41e9, 4.0e7,
							"2024-01-27T09:59:09Z"));
			assertThat(quotes).extracting(Quote::assetId).allMatch(Set.copyOf(TRACKED)::contains);
			assertThat(lines(output, "coinmarketcap cycle:")).singleElement()
				.asString()
				.contains("coinmarketcap cycle: 6 quotes, 1 rejected, 13 unmatched");
			assertThat(lines(output, "coinmarketcap rejected")).singleElement()
				.asString()
				.endsWith("coinmarketcap rejected 1: solana (quote.USD.price is missing)");
			assertThat(lines(output, "coinmarketcap: refused")).singleElement()
				.asString()
				.contains("coinmarketcap: refused 1 pair(s) whose price is more than 5× CoinGecko's")
				.contains("bittorrent as bittorrent (coinmarketcap is $0.00795, CoinGecko $4.75e-07: 16,737× apart)");
			assertThat(lines(output, "tracked assets have no match")).singleElement()
				.asString()
				.contains("coinmarketcap: 13 of 20 tracked assets have no match and are left out: "
						+ "binancecoin, ripple, usd-coin, cardano, dogecoin and 8 more");
		}

		@Test
		void while_coingecko_is_rate_limited_coinmarketcap_makes_no_call_and_publishes_nothing(CapturedOutput output)
				throws InterruptedException {
			ReplayTest.this.run.server
				.on(MARKETS,
						Reply.fixture(429, replay("coingecko/error-429-rate-limit.json")).header("Retry-After", "119"))
				.on(LISTINGS, Reply.fixture(replay("coinmarketcap/listings-slug-reuse.json")));
			ReplayTest.this.run.start("COINMARKETCAP_API_KEY=" + CMC_KEY);

			awaitLine(output, "coingecko cycle failed");
			Thread.sleep(500);

			assertThat(ReplayTest.this.run.requests(LISTINGS)).isEmpty();
			assertThat(ReplayTest.this.run.quotes(Source.COINMARKETCAP)).isEmpty();
			assertThat(lines(output, "coinmarketcap: waiting for CoinGecko")).singleElement()
				.asString()
				.contains("no coinmarketcap call is made and no quote published until then");
			assertThat(lines(output, "coingecko cycle failed")).singleElement()
				.asString()
				.contains(" WARN ", "after 3 attempt(s)",
						"HTTP 429 error 429 'You've exceeded the Rate Limit. "
								+ "Please visit https://www.coingecko.com/en/api/pricing to subscribe to our API plans "
								+ "for higher rate limits.', waiting 119 s [rate-limited]");
		}

	}

	@Nested
	class Errors {

		@ParameterizedTest(name = "Retry-After ''{0}''")
		@CsvSource(delimiter = ';', value = { "119; 119", "''; 60" })
		void a_429_that_a_retry_cleared_is_one_info_line_with_what_and_how_long(String retryAfter, int waited,
				CapturedOutput output) {
			Reply limited = Reply.fixture(429, replay("coingecko/error-429-rate-limit.json"));
			ReplayTest.this.run.server.on(MARKETS,
					retryAfter.isEmpty() ? limited : limited.header("Retry-After", retryAfter),
					Reply.fixture(replay(TOP_20_OF_250)));
			ReplayTest.this.run.start();

			awaitLine(output, "coingecko cycle:");

			assertThat(lines(output, "answered on attempt")).singleElement()
				.asString()
				.contains(" INFO ")
				.contains("coingecko: /coins/markets answered on attempt 2 after " + waited
						+ " s of retrying; it had failed with HTTP 429 error 429 'You've exceeded the Rate Limit.")
				.endsWith(", waiting " + waited + " s [rate-limited]");
			assertThat(ReplayTest.this.run.quotes(Source.COINGECKO)).filteredOn((q) -> q.assetId().equals("bitcoin"))
				.singleElement()
				.extracting(Quote::fetchedAt)
				.isEqualTo(T0.plusSeconds(waited));
		}

		@Test
		void a_server_error_that_a_retry_cleared_is_one_info_line(CapturedOutput output) {
			ReplayTest.this.run.server.on(MARKETS, Reply.status(503, "{\"error\":\"upstream connect error\"}"),
					Reply.fixture(replay(TOP_20_OF_250)));
			ReplayTest.this.run.start();

			awaitLine(output, "coingecko cycle:");

			assertThat(lines(output, "answered on attempt")).singleElement()
				.asString()
				.containsPattern("coingecko: /coins/markets answered on attempt 2 after \\d+ s of retrying; "
						+ "it had failed with HTTP 503 'upstream connect error' \\[server-error\\]$");
		}

		@Test
		void cloudflares_plain_text_1015_is_quoted_in_the_failure_line(CapturedOutput output) {
			ReplayTest.this.run.server.on(MARKETS, Reply.fixture(429, replay("coingecko/cloudflare-1015.txt")));
			ReplayTest.this.run.start();

			awaitLine(output, "coingecko cycle failed");

			assertThat(lines(output, "coingecko cycle failed")).singleElement()
				.asString()
				.contains("HTTP 429 'error code: 1015', waiting 60 s [rate-limited]");
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = ';', value = { "error-1001-key-invalid.json; error 1001 'This API Key is invalid.'",
				"error-1002-key-missing.json; error 1002 'API key missing.'" })
		void a_refused_coinmarketcap_key_disables_it_with_one_error_line(String fixture, String said,
				CapturedOutput output) {
			ReplayTest.this.run.server.on(MARKETS, Reply.fixture(replay(TOP_20_OF_250)))
				.on(LISTINGS, Reply.fixture(401, replay("coinmarketcap/" + fixture)));
			ReplayTest.this.run.start("COINMARKETCAP_API_KEY=" + CMC_KEY);

			awaitLine(output, "coinmarketcap disabled");

			assertThat(lines(output, " ERROR ")).singleElement()
				.asString()
				.endsWith("coinmarketcap disabled: the provider refused the API key (HTTP 401 " + said
						+ "); set COINMARKETCAP_API_KEY to a valid key and restart");
			assertThat(ReplayTest.this.run.requests(LISTINGS)).hasSize(1);
			assertThat(ReplayTest.this.run.quotes(Source.COINMARKETCAP)).isEmpty();
			assertThat(output.getOut()).doesNotContain(CMC_KEY);
		}

		@Test
		void a_time_range_error_for_every_coin_is_one_line_per_kind_not_one_per_coin(CapturedOutput output) {
			ReplayTest.this.run.server.on(MARKETS, Reply.fixture(replay(TOP_20_OF_250)));
			TRACKED.forEach((id) -> ReplayTest.this.run.server.on("/api/v3/coins/" + id + "/market_chart",
					Reply.fixture(401, replay("coingecko/error-10012-time-range.json"))));
			ReplayTest.this.run.start("cryptoviz.scraper.backfill.days=2");

			awaitLine(output, "backfill done:");

			assertThat(lines(output, "10012")).singleElement()
				.asString()
				.contains("backfill bitcoin skipped, will retry on next start: HTTP 401 error 10012 'Your request "
						+ "exceeds the allowed time range.")
				.contains("…' [auth]");
			assertThat(lines(output, "backfill skipped")).singleElement()
				.asString()
				.endsWith("backfill skipped 20 asset(s) with [auth], will retry on next start: "
						+ "bitcoin, ethereum, tether, binancecoin, solana and 15 more");
			assertThat(lines(output, "backfill done:")).singleElement()
				.asString()
				.contains("backfill done: 0 assets, 0 points, 20 skipped");
			assertThat(ReplayTest.this.run.requests("/api/v3/coins/bitcoin/market_chart")).hasSize(1);
		}

	}

}
