package io.cryptoviz.scraper.coingecko;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.fixtures.AdvancingSleeper;
import io.cryptoviz.scraper.fixtures.FixtureServer;
import io.cryptoviz.scraper.fixtures.FixtureServer.Reply;
import io.cryptoviz.scraper.fixtures.MutableClock;
import io.cryptoviz.scraper.tracked.AssetSelection;
import io.cryptoviz.scraper.tracked.TrackedAssets;

import static org.assertj.core.api.Assertions.assertThat;

class CoinGeckoSourceTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2024-01-27T10:00:00Z"));

	private final FixtureServer server = FixtureServer.start(this.clock);

	private final TrackedAssets tracked = new TrackedAssets();

	@AfterEach
	void stop() {
		this.server.close();
	}

	private CoinGeckoSource source(CoinGeckoKeys keys, List<String> ids) {
		ScraperProperties.SourceSettings settings = new ScraperProperties.SourceSettings(this.server.url(),
				Duration.ofSeconds(2), Duration.ofSeconds(5), true, 600);
		ScraperProperties properties = new ScraperProperties(ScraperProperties.Mode.LIVE, Duration.ofMinutes(5),
				new ScraperProperties.Assets(ids, 20, Duration.ofDays(1), Map.of()),
				Map.of("coingecko", settings, "coinmarketcap", settings),
				new ScraperProperties.Outbox(10_000, Duration.ofSeconds(1), Duration.ofSeconds(30)),
				new ScraperProperties.Backfill(3));
		CoinGeckoConfiguration configuration = new CoinGeckoConfiguration();
		AdvancingSleeper sleeper = new AdvancingSleeper(this.clock);
		CoinGeckoClient client = configuration.coinGeckoClient(properties, keys,
				configuration.coinGeckoRateLimiter(properties, keys, this.clock, sleeper), this.clock, sleeper,
				new SimpleMeterRegistry());
		return configuration.coinGeckoSource(client, properties, keys,
				new AssetSelection(properties.assets(), this.tracked, this.clock), this.clock);
	}

	private CoinGeckoSource keyless() {
		return source(new CoinGeckoKeys(null, null), List.of());
	}

	@Nested
	class Parsing {

		@Test
		void every_field_is_mapped_and_the_symbol_upper_cased() throws Exception {
			CoinGeckoSourceTest.this.server.on("/coins/markets", Reply.fixture("coingecko/markets.json"));

			SourceBatch batch = keyless().fetch();

			assertThat(batch.quotes().getFirst()).isEqualTo(
					new Quote("bitcoin", "BTC", "Bitcoin", 67012.5, -0.6, 1.32e12, 28500000000.5, Source.COINGECKO,
							Instant.parse("2024-01-27T09:59:35.901Z"), Instant.parse("2024-01-27T10:00:00Z")));
		}

		@Test
		void nulls_stay_null_and_an_offset_timestamp_is_read_as_utc() throws Exception {
			CoinGeckoSourceTest.this.server.on("/coins/markets", Reply.fixture("coingecko/markets.json"));

			Quote tether = keyless().fetch()
				.quotes()
				.stream()
				.filter((q) -> q.assetId().equals("tether"))
				.findFirst()
				.orElseThrow();

			assertThat(tether.marketCapUsd()).isNull();
			assertThat(tether.volume24hUsd()).isNull();
			assertThat(tether.percentChange24h()).isNull();
			assertThat(tether.sourceTimestamp()).isEqualTo(Instant.parse("2024-01-27T09:59:31Z"));
		}

		@Test
		void an_entry_without_a_price_is_dropped_and_counted_and_the_rest_goes_on() throws Exception {
			CoinGeckoSourceTest.this.server.on("/coins/markets", Reply.fixture("coingecko/markets.json"));

			SourceBatch batch = keyless().fetch();

			assertThat(batch.rejected()).isEqualTo(1);
			assertThat(batch.quotes()).extracting(Quote::assetId)
				.containsExactly("bitcoin", "ethereum", "tether", "binancecoin");
		}

	}

	@Nested
	class Tracked_assets {

		@Test
		void the_top_n_is_asked_for_first_then_the_same_ids_until_the_daily_refresh() throws Exception {
			CoinGeckoSourceTest.this.server.on("/coins/markets", Reply.fixture("coingecko/markets.json"));
			CoinGeckoSource source = keyless();

			source.fetch();
			CoinGeckoSourceTest.this.clock.advance(Duration.ofHours(23));
			source.fetch();
			CoinGeckoSourceTest.this.clock.advance(Duration.ofHours(1));
			source.fetch();

			assertThat(CoinGeckoSourceTest.this.server.requests("/coins/markets"))
				.extracting(FixtureServer.Recorded::query)
				.containsExactly("vs_currency=usd&order=market_cap_desc&per_page=20&page=1",
						"vs_currency=usd&ids=bitcoin,ethereum,tether,binancecoin,brand-new-coin&order=market_cap_desc&per_page=5&page=1",
						"vs_currency=usd&order=market_cap_desc&per_page=20&page=1");
			assertThat(CoinGeckoSourceTest.this.tracked.current()).extracting(TrackedAssets.Asset::id)
				.containsExactly("bitcoin", "ethereum", "tether", "binancecoin", "brand-new-coin");
		}

		@Test
		void explicit_ids_are_asked_for_by_id() throws Exception {
			CoinGeckoSourceTest.this.server.on("/coins/markets", Reply.fixture("coingecko/markets.json"));

			source(new CoinGeckoKeys(null, null), List.of("bitcoin", "avalanche-2")).fetch();

			assertThat(CoinGeckoSourceTest.this.server.requests("/coins/markets").getFirst().query())
				.startsWith("vs_currency=usd&ids=bitcoin,avalanche-2&");
		}

	}

	@Nested
	class Keys {

		@Test
		void keyless_sends_no_key_header() throws Exception {
			CoinGeckoSourceTest.this.server.on("/coins/markets", Reply.fixture("coingecko/markets.json"));

			keyless().fetch();

			assertThat(CoinGeckoSourceTest.this.server.requests().getFirst().headers())
				.doesNotContainKeys("x-cg-demo-api-key", "x-cg-pro-api-key");
		}

		@Test
		void a_demo_key_goes_in_the_demo_header() throws Exception {
			CoinGeckoSourceTest.this.server.on("/coins/markets", Reply.fixture("coingecko/markets.json"));

			source(new CoinGeckoKeys("demo-1", null), List.of()).fetch();

			assertThat(CoinGeckoSourceTest.this.server.requests().getFirst().headers())
				.containsEntry("x-cg-demo-api-key", "demo-1")
				.doesNotContainKey("x-cg-pro-api-key");
		}

		@Test
		void a_pro_key_goes_in_the_pro_header() throws Exception {
			CoinGeckoSourceTest.this.server.on("/coins/markets", Reply.fixture("coingecko/markets.json"));

			source(new CoinGeckoKeys("demo-1", "pro-1"), List.of()).fetch();

			assertThat(CoinGeckoSourceTest.this.server.requests().getFirst().headers())
				.containsEntry("x-cg-pro-api-key", "pro-1")
				.doesNotContainKey("x-cg-demo-api-key");
		}

		@Test
		void a_pro_key_switches_the_root_url_unless_one_is_configured() {
			ScraperProperties.SourceSettings unset = new ScraperProperties.SourceSettings("", Duration.ofSeconds(1),
					Duration.ofSeconds(1), true, null);
			ScraperProperties.SourceSettings configured = new ScraperProperties.SourceSettings("http://sim/api/v3",
					Duration.ofSeconds(1), Duration.ofSeconds(1), true, null);

			assertThat(CoinGeckoConfiguration.root(unset, new CoinGeckoKeys(null, "pro")))
				.isEqualTo("https://pro-api.coingecko.com/api/v3");
			assertThat(CoinGeckoConfiguration.root(unset, new CoinGeckoKeys("demo", null)))
				.isEqualTo("https://api.coingecko.com/api/v3");
			assertThat(CoinGeckoConfiguration.root(configured, new CoinGeckoKeys(null, "pro")))
				.isEqualTo("http://sim/api/v3");
		}

		@Test
		void keys_are_masked_in_to_string() {
			assertThat(new CoinGeckoKeys("demo-secret", "pro-secret"))
				.hasToString("CoinGeckoKeys[COINGECKO_API_KEY=****, COINGECKO_PRO_API_KEY=****]");
		}

	}

}
