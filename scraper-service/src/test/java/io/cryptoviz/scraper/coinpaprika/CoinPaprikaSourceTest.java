package io.cryptoviz.scraper.coinpaprika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.base.FailureKind;
import io.cryptoviz.scraper.base.FetchException;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.fixtures.AdvancingSleeper;
import io.cryptoviz.scraper.fixtures.FixtureServer;
import io.cryptoviz.scraper.fixtures.FixtureServer.Reply;
import io.cryptoviz.scraper.fixtures.MutableClock;
import io.cryptoviz.scraper.tracked.MatchingProperties;
import io.cryptoviz.scraper.tracked.TrackedAssets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * CoinPaprika against a fake upstream over real HTTP that answers {@code /v1/tickers}
 * with the documented shape (docs/providers/coinpaprika.md §2, §6).
 */
@ExtendWith(OutputCaptureExtension.class)
class CoinPaprikaSourceTest {

	private static final String TICKERS = "/v1/tickers";

	private final MutableClock clock = new MutableClock(Instant.parse("2024-01-27T10:00:00Z"));

	private final AdvancingSleeper sleeper = new AdvancingSleeper(this.clock);

	private final FixtureServer server = FixtureServer.start(this.clock);

	private final TrackedAssets tracked = new TrackedAssets();

	@AfterEach
	void stop() {
		this.server.close();
	}

	private CoinPaprikaSource source(Map<String, String> overrides, List<String> ids, int top) {
		ScraperProperties.SourceSettings settings = new ScraperProperties.SourceSettings(this.server.url() + "/v1",
				Duration.ofSeconds(2), Duration.ofSeconds(5), true, 600, overrides);
		ScraperProperties properties = new ScraperProperties(ScraperProperties.Mode.LIVE, Duration.ofMinutes(5),
				new ScraperProperties.Assets(ids, top, Duration.ofDays(1), Map.of()), Map.of("coinpaprika", settings),
				new ScraperProperties.Outbox(10_000, Duration.ofSeconds(1), Duration.ofSeconds(30)),
				new ScraperProperties.Backfill(3));
		return new CoinPaprikaConfiguration().coinPaprikaSource(properties, new MatchingProperties(5), this.tracked,
				this.clock, this.sleeper, new SimpleMeterRegistry());
	}

	private CoinPaprikaSource source() {
		return source(Map.of(), List.of(), 20);
	}

	/** What CoinGecko would have resolved: its ids, upper-case symbols and its names. */
	private void trackAsCoinGeckoNamesThem() {
		this.tracked.update(List.of(asset("bitcoin", "BTC", "Bitcoin"), asset("ethereum", "ETH", "Ethereum"),
				asset("tether", "USDT", "Tether"), asset("binancecoin", "BNB", "BNB"), asset("solana", "SOL", "Solana"),
				asset("the-open-network", "TON", "Toncoin"), asset("brand-new-coin", "BNC", "Brand New Coin"),
				asset("dogwifcoin", "WIF", "dogwifhat"), asset("hyperliquid", "HYPE", "Hyperliquid")),
				this.clock.instant());
	}

	private static TrackedAssets.Asset asset(String id, String symbol, String name) {
		return new TrackedAssets.Asset(id, symbol, name);
	}

	@Nested
	class Matching {

		@Test
		void tickers_pair_by_override_or_symbol_and_name_and_a_symbol_collision_is_not_joined() throws Exception {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture("coinpaprika/tickers.json"));
			trackAsCoinGeckoNamesThem();

			SourceBatch batch = source().fetch();

			assertThat(batch.quotes()).extracting(Quote::assetId, Quote::name)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("bitcoin", "Bitcoin"),
						org.assertj.core.groups.Tuple.tuple("ethereum", "Ethereum"),
						org.assertj.core.groups.Tuple.tuple("tether", "Tether"),
						org.assertj.core.groups.Tuple.tuple("binancecoin", "Binance Coin"),
						org.assertj.core.groups.Tuple.tuple("the-open-network", "Toncoin"),
						org.assertj.core.groups.Tuple.tuple("brand-new-coin", "Brand New Coin"),
						org.assertj.core.groups.Tuple.tuple("dogwifcoin", "dogwifhat"));
			assertThat(batch.rejected()).isEqualTo(1);
			assertThat(batch.unmatched()).isEqualTo(1);
		}

		@Test
		void unmatched_tracked_assets_are_named_in_one_line_only_when_the_set_changes(CapturedOutput output)
				throws Exception {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture("coinpaprika/tickers.json"));
			trackAsCoinGeckoNamesThem();
			CoinPaprikaSource source = source();

			source.fetch();
			source.fetch();

			assertThat(output.getOut().lines().filter((line) -> line.contains("tracked assets have no match")))
				.singleElement()
				.asString()
				.contains("coinpaprika: 1 of 9 tracked assets have no match and are left out: hyperliquid")
				.contains("cryptoviz.scraper.sources.coinpaprika.id-overrides.");
		}

		@Test
		void two_tickers_that_both_fit_leave_the_asset_unmatched_rather_than_guess() throws Exception {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.status(200, """
					[{"id":"abc-alpha","name":"Alpha","symbol":"ABC","rank":10,"last_updated":"2024-01-27T09:58:00Z",
					  "quotes":{"USD":{"price":1.5}}},
					 {"id":"abc-alpha-classic","name":"Alpha","symbol":"ABC","rank":11,
					  "last_updated":"2024-01-27T09:58:00Z","quotes":{"USD":{"price":0.5}}}]"""));
			CoinPaprikaSourceTest.this.tracked.update(List.of(asset("alpha", "ABC", "Alpha")), Instant.EPOCH);

			SourceBatch batch = source().fetch();

			assertThat(batch.quotes()).isEmpty();
			assertThat(batch.unmatched()).isEqualTo(1);
		}

		@Test
		void a_configured_override_wins_over_the_rule_and_the_built_in_table() throws Exception {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture("coinpaprika/tickers.json"));
			CoinPaprikaSourceTest.this.tracked.update(List.of(asset("the-open-network", "TON", "Toncoin")),
					Instant.EPOCH);

			SourceBatch batch = source(Map.of("the-open-network", "ton-tokamak-network"), List.of(), 20).fetch();

			assertThat(batch.quotes()).singleElement()
				.extracting(Quote::assetId, Quote::name, Quote::priceUsd)
				.containsExactly("the-open-network", "Tokamak Network", 1.9);
		}

		@Test
		void before_coingecko_answers_no_call_is_made_and_nothing_is_quoted() throws Exception {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture("coinpaprika/tickers.json"));

			SourceBatch batch = source(Map.of(), List.of("ripple", "bitcoin"), 3).fetch();

			assertThat(batch.quotes()).isEmpty();
			assertThat(CoinPaprikaSourceTest.this.server.requests()).isEmpty();
		}

	}

	@Nested
	class Parsing {

		@BeforeEach
		void coinGeckoHasNamedTheAssets() {
			trackAsCoinGeckoNamesThem();
		}

		@Test
		void every_field_is_mapped_and_a_zero_market_cap_is_unknown() throws Exception {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture("coinpaprika/tickers.json"));
			trackAsCoinGeckoNamesThem();

			List<Quote> quotes = source().fetch().quotes();

			assertThat(quotes.subList(0, 3)).containsExactly(
					new Quote("bitcoin", "BTC", "Bitcoin", 67080.4, -0.52, 1.317e12, 31877410256.55, Source.COINPAPRIKA,
							Instant.parse("2024-01-27T09:58:12Z"), Instant.parse("2024-01-27T10:00:00Z")),
					new Quote("ethereum", "ETH", "Ethereum", 3251.7, 1.05, 3.9e11, 22904175532.9, Source.COINPAPRIKA,
							Instant.parse("2024-01-27T09:58:40Z"), Instant.parse("2024-01-27T10:00:00Z")),
					new Quote("tether", "USDT", "Tether", 1.0003, 0.01, null, 4.5e10, Source.COINPAPRIKA,
							Instant.parse("2024-01-27T09:57:31Z"), Instant.parse("2024-01-27T10:00:00Z")));
		}

		@Test
		void one_get_of_v1_tickers_per_cycle_asks_for_usd_and_gzip() throws Exception {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture("coinpaprika/tickers.json"));

			source().fetch();

			assertThat(CoinPaprikaSourceTest.this.server.requests()).singleElement().satisfies((request) -> {
				assertThat(request.path()).isEqualTo(TICKERS);
				assertThat(request.query()).isEqualTo("quotes=USD");
				assertThat(request.headers()).containsEntry("accept-encoding", "gzip")
					.containsEntry("accept", "application/json")
					.doesNotContainKey("authorization");
			});
		}

		@Test
		void a_gzip_body_is_decompressed() throws Exception {
			byte[] plain = Reply.read("coinpaprika/tickers.json");
			CoinPaprikaSourceTest.this.server.on(TICKERS,
					new Reply(200, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"), gzip(plain),
							Duration.ZERO));
			trackAsCoinGeckoNamesThem();

			assertThat(source().fetch().quotes()).hasSize(7);
		}

		@Test
		void a_truncated_body_fails_the_cycle_as_malformed_in_one_line() {
			byte[] whole = Reply.read("coinpaprika/tickers.json");
			byte[] cut = java.util.Arrays.copyOf(whole, whole.length * 6 / 10);
			CoinPaprikaSourceTest.this.server.on(TICKERS,
					new Reply(200, Map.of("Content-Type", "application/json"), cut, Duration.ZERO));

			FetchException failure = catchThrowableOfType(FetchException.class, () -> source().fetch());

			assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED);
			assertThat(failure.getMessage()).startsWith("coinpaprika tickers: malformed JSON (").doesNotContain("\n");
		}

		@Test
		void an_error_object_in_a_200_is_malformed_and_quotes_the_provider() {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture("coinpaprika/error-rate-limit.json"));

			FetchException failure = catchThrowableOfType(FetchException.class, () -> source().fetch());

			assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED);
			assertThat(failure.getMessage())
				.isEqualTo("coinpaprika tickers: expected a JSON array, got 'you have reached maximum request limit'");
		}

	}

	@Nested
	class Failures {

		@BeforeEach
		void coinGeckoHasNamedTheAssets() {
			trackAsCoinGeckoNamesThem();
		}

		@Test
		void a_429_waits_for_retry_after_and_the_next_attempt_succeeds() throws Exception {
			CoinPaprikaSourceTest.this.server.on(TICKERS,
					Reply.fixture(429, "coinpaprika/error-rate-limit.json").header("Retry-After", "9"),
					Reply.fixture("coinpaprika/tickers.json"));
			trackAsCoinGeckoNamesThem();

			SourceBatch batch = source().fetch();

			assertThat(batch.quotes()).hasSize(7);
			assertThat(CoinPaprikaSourceTest.this.sleeper.sleeps()).containsExactly(Duration.ofSeconds(9));
		}

		@Test
		void a_plain_text_429_without_retry_after_waits_a_minute_and_is_quoted() {
			CoinPaprikaSourceTest.this.server.on(TICKERS,
					new Reply(429, Map.of("Content-Type", "text/plain; charset=utf-8"),
							"You have reached maximum request limit.".getBytes(), Duration.ZERO));

			FetchException failure = catchThrowableOfType(FetchException.class, () -> source().fetch());

			assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
			assertThat(failure.getMessage())
				.isEqualTo("HTTP 429 'You have reached maximum request limit.', waiting 60 s");
			assertThat(CoinPaprikaSourceTest.this.sleeper.sleeps()).containsExactly(Duration.ofSeconds(60),
					Duration.ofSeconds(60));
		}

		@Test
		void a_server_error_is_retried_and_then_reported_with_its_body() {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.status(500, "{\"error\":\"internal error\"}"));

			FetchException failure = catchThrowableOfType(FetchException.class, () -> source().fetch());

			assertThat(failure.kind()).isEqualTo(FailureKind.SERVER_ERROR);
			assertThat(failure.attempts()).isEqualTo(3);
			assertThat(failure.getMessage()).isEqualTo("HTTP 500 'internal error'");
			assertThat(CoinPaprikaSourceTest.this.server.requests(TICKERS)).hasSize(3);
		}

		@Test
		void a_403_is_a_failed_cycle_not_a_refused_key_since_there_is_no_key() {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture(403, "cloudflare-429.html"));

			FetchException failure = catchThrowableOfType(FetchException.class, () -> source().fetch());

			assertThat(failure.kind()).isEqualTo(FailureKind.CLIENT_ERROR);
			assertThat(failure.getMessage()).startsWith("HTTP 403 HTML page")
				.endsWith("(CoinPaprika's free API takes no key: check the base URL or a proxy)");
		}

		@Test
		void a_plan_limit_402_is_not_retried() {
			CoinPaprikaSourceTest.this.server.on(TICKERS, Reply.fixture(402, "coinpaprika/error-plan-limit.json"));

			FetchException failure = catchThrowableOfType(FetchException.class, () -> source().fetch());

			assertThat(failure.kind()).isEqualTo(FailureKind.CLIENT_ERROR);
			assertThat(failure.getMessage()).startsWith("HTTP 402 'Getting daily historical data before")
				.contains("is not allowed in this plan");
			assertThat(CoinPaprikaSourceTest.this.server.requests(TICKERS)).hasSize(1);
		}

	}

	@Nested
	class Settings {

		@Test
		void it_runs_without_a_key_and_says_so_at_startup() {
			CoinPaprikaSource source = source();

			assertThat(source.status().enabled()).isTrue();
			assertThat(source.describe()).startsWith("coinpaprika: keyless, " + CoinPaprikaSourceTest.this.server.url()
					+ "/v1, 600 calls/min, " + PaprikaIds.BUILT_IN.size() + " built-in id overrides + 0 configured");
		}

		@Test
		void enabled_false_switches_it_off_and_names_the_setting() {
			ScraperProperties.SourceSettings off = new ScraperProperties.SourceSettings("", Duration.ofSeconds(1),
					Duration.ofSeconds(1), false, null);
			ScraperProperties properties = new ScraperProperties(ScraperProperties.Mode.LIVE, Duration.ofMinutes(5),
					new ScraperProperties.Assets(List.of(), 20, Duration.ofDays(1), Map.of()),
					Map.of("coinpaprika", off),
					new ScraperProperties.Outbox(10_000, Duration.ofSeconds(1), Duration.ofSeconds(30)),
					new ScraperProperties.Backfill(3));

			CoinPaprikaSource source = new CoinPaprikaConfiguration().coinPaprikaSource(properties,
					new MatchingProperties(5), CoinPaprikaSourceTest.this.tracked, CoinPaprikaSourceTest.this.clock,
					CoinPaprikaSourceTest.this.sleeper, new SimpleMeterRegistry());

			assertThat(source.status().enabled()).isFalse();
			assertThat(source.describe())
				.isEqualTo("coinpaprika: disabled, switched off by cryptoviz.scraper.sources.coinpaprika.enabled");
		}

		@Test
		void the_built_in_table_holds_only_well_formed_ids_both_ways() {
			assertThat(PaprikaIds.BUILT_IN).allSatisfy((coinGecko, paprika) -> {
				assertThat(io.cryptoviz.model.AssetId.isValid(coinGecko)).as(coinGecko).isTrue();
				assertThat(paprika).as(coinGecko).matches("[a-z0-9]+-[a-z0-9-]+");
			});
			assertThat(new java.util.HashSet<>(PaprikaIds.BUILT_IN.values())).hasSize(PaprikaIds.BUILT_IN.size());
		}

	}

	private static byte[] gzip(byte[] plain) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(plain);
		}
		return out.toByteArray();
	}

}
