package io.cryptoviz.scraper.coinmarketcap;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.base.ApiKey;
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

class CoinMarketCapSourceTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2024-01-27T10:00:00Z"));

	private final FixtureServer server = FixtureServer.start(this.clock);

	private final TrackedAssets tracked = new TrackedAssets();

	@AfterEach
	void stop() {
		this.server.close();
	}

	private CoinMarketCapSource source(String key, int top) {
		ScraperProperties.SourceSettings settings = new ScraperProperties.SourceSettings(this.server.url(),
				Duration.ofSeconds(2), Duration.ofSeconds(5), true, 600);
		ScraperProperties properties = new ScraperProperties(ScraperProperties.Mode.LIVE, Duration.ofMinutes(5),
				new ScraperProperties.Assets(List.of(), top, Duration.ofDays(1), Map.of()),
				Map.of("coingecko", settings, "coinmarketcap", settings),
				new ScraperProperties.Outbox(10_000, Duration.ofSeconds(1), Duration.ofSeconds(30)),
				new ScraperProperties.Backfill(3));
		return new CoinMarketCapConfiguration().coinMarketCapSource(properties, new MatchingProperties(5),
				new ApiKey("COINMARKETCAP_API_KEY", key), this.tracked, this.clock, new AdvancingSleeper(this.clock),
				new SimpleMeterRegistry());
	}

	private void track(String... ids) {
		this.tracked.update(List.of(ids).stream().map((id) -> new TrackedAssets.Asset(id, "X", "X")).toList(),
				this.clock.instant());
	}

	@Test
	void entries_are_matched_by_slug_with_overrides_never_by_symbol() throws Exception {
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture("coinmarketcap/listings.json"));
		track("bitcoin", "ethereum", "tether", "binancecoin");

		SourceBatch batch = source("k", 20).fetch();

		assertThat(batch.quotes()).extracting(Quote::assetId)
			.containsExactly("bitcoin", "ethereum", "tether", "binancecoin");
		assertThat(batch.unmatched()).isZero();
		assertThat(batch.rejected()).isZero();
	}

	@Test
	void every_field_is_mapped_and_nulls_stay_null() throws Exception {
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture("coinmarketcap/listings.json"));
		track("bitcoin", "tether");

		List<Quote> quotes = source("k", 20).fetch().quotes();

		assertThat(quotes).containsExactly(
				new Quote("bitcoin", "BTC", "Bitcoin", 67050.25, -0.55, 1.321e12, 27900000000.1, Source.COINMARKETCAP,
						Instant.parse("2024-01-27T09:59:02Z"), Instant.parse("2024-01-27T10:00:00Z")),
				new Quote("tether", "USDT", "Tether USDt", 1.0002, 0.01, null, 4.5e10, Source.COINMARKETCAP,
						Instant.parse("2024-01-27T09:59:04Z"), Instant.parse("2024-01-27T10:00:00Z")));
	}

	@Test
	void before_coingecko_answers_no_call_is_made_and_nothing_is_quoted() throws Exception {
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture("coinmarketcap/listings.json"));

		SourceBatch batch = source("k", 4).fetch();

		assertThat(batch.quotes()).isEmpty();
		assertThat(this.server.requests()).isEmpty();
	}

	@Test
	void a_tracked_asset_without_an_entry_counts_as_unmatched() throws Exception {
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture("coinmarketcap/listings.json"));
		track("bitcoin", "dai", "near");

		SourceBatch batch = source("k", 20).fetch();

		assertThat(batch.quotes()).extracting(Quote::assetId).containsExactly("bitcoin");
		assertThat(batch.unmatched()).isEqualTo(2);
	}

	@Test
	void the_key_and_accept_headers_are_sent() throws Exception {
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture("coinmarketcap/listings.json"));

		track("bitcoin");

		source("cmc-key-1", 20).fetch();

		assertThat(this.server.requests().getFirst().headers()).containsEntry("x-cmc_pro_api_key", "cmc-key-1")
			.containsEntry("accept", "application/json");
	}

	@Test
	void an_error_inside_a_200_envelope_fails_the_fetch() {
		track("bitcoin");
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture("coinmarketcap/error-in-200.json"));

		FetchException failure = catchThrowableOfType(FetchException.class, () -> source("k", 20).fetch());

		assertThat(failure.kind()).isEqualTo(FailureKind.CLIENT_ERROR);
		assertThat(failure.getMessage())
			.isEqualTo("error 400 'Invalid value for \"convert\": \"XYZ\"' in a 200 response");
	}

	@Test
	void an_invalid_key_is_an_auth_failure_with_the_provider_message() {
		track("bitcoin");
		this.server.on("/v1/cryptocurrency/listings/latest", Reply.fixture(401, "coinmarketcap/error-401.json"));

		FetchException failure = catchThrowableOfType(FetchException.class, () -> source("k", 20).fetch());

		assertThat(failure.kind()).isEqualTo(FailureKind.AUTH);
		assertThat(failure.getMessage()).contains("1001", "This API Key is invalid.");
	}

	@Test
	void without_a_key_the_source_is_off_and_says_which_variable_to_set() {
		CoinMarketCapSource source = source(null, 20);

		assertThat(source.status().enabled()).isFalse();
		assertThat(source.describe()).contains("COINMARKETCAP_API_KEY is not set");
	}

	@Test
	void the_key_is_masked_in_to_string() {
		assertThat(new ApiKey("COINMARKETCAP_API_KEY", "cmc-secret")).hasToString("COINMARKETCAP_API_KEY=****");
	}

	@Test
	void the_slug_table_gives_known_mismatches_and_configured_ones() {
		SlugMatcher slugs = new SlugMatcher(Map.of("my-coin", "my-coin-cmc"));

		assertThat(slugs.slugOf("polkadot")).isEqualTo("polkadot-new");
		assertThat(slugs.slugOf("my-coin")).isEqualTo("my-coin-cmc");
		assertThat(slugs.slugOf("solana")).isEqualTo("solana");
	}

}
