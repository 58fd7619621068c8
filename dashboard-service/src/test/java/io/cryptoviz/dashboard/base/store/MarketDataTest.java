package io.cryptoviz.dashboard.base.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cryptoviz.dashboard.MutableClock;
import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.dashboard.WriteLockHolder;
import io.cryptoviz.dashboard.base.DashboardSettings;
import io.cryptoviz.dashboard.base.DuckDbProperties;
import io.cryptoviz.model.Source;
import io.cryptoviz.store.read.KnownSources;
import io.cryptoviz.store.read.MarketReads;
import io.cryptoviz.store.read.PriceQuery;
import io.cryptoviz.store.read.PriceSeries;
import io.cryptoviz.store.read.QuoteQuery;
import io.cryptoviz.store.read.QuoteRow;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.store.read.SourcePrice;
import io.cryptoviz.store.read.PricePoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class MarketDataTest {

	static final Instant END = Instant.parse("2026-03-01T12:00:00Z");

	static final int ASSETS = 12;

	@TempDir
	static Path dir;

	static Path seeded;

	static long rows;

	@BeforeAll
	static void seed() {
		seeded = dir.resolve("seeded.duckdb");
		rows = SeededStore.create(seeded, ASSETS, Duration.ofHours(72), END);
	}

	static DashboardSettings settings(Path file, Duration waitBound, int maxPoints) {
		return new DashboardSettings(file, Duration.ofSeconds(30), maxPoints, Duration.ofSeconds(60),
				new DashboardSettings.Lock(waitBound, Duration.ofMillis(10), Duration.ofMillis(100),
						Duration.ofSeconds(5)),
				new DashboardSettings.Freshness(Duration.ofMinutes(10), Duration.ofMinutes(30)));
	}

	/** The shipped catalog's names. */
	static final KnownSources SHIPPED = KnownSources.of(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);

	/** A dashboard configured for two sources only. */
	static final KnownSources TWO = KnownSources.of(Source.COINGECKO, Source.COINMARKETCAP);

	static MarketData market(Path file, MutableClock clock) {
		return market(file, clock, SHIPPED);
	}

	static MarketData market(Path file, MutableClock clock, KnownSources known) {
		DashboardSettings settings = settings(file, Duration.ofSeconds(3), 1000);
		return new MarketData(reads(settings, known), new QueryCache(settings, clock));
	}

	static MarketReads reads(DashboardSettings settings) {
		return reads(settings, SHIPPED);
	}

	static MarketReads reads(DashboardSettings settings, KnownSources known) {
		StoreConfiguration configuration = new StoreConfiguration();
		return configuration.marketReads(settings, new DuckDbProperties(DataSize.ofMegabytes(128), 2),
				configuration.storeLockRetry(settings), known);
	}

	static MarketData market(Path file) {
		return market(file, new MutableClock(END));
	}

	@Nested
	class When_there_is_no_data {

		@Test
		void a_missing_file_is_waiting_not_an_error() {
			assertThat(market(dir.resolve("nothing-here.duckdb")).overview()).isInstanceOf(StoreResult.Waiting.class);
		}

		@Test
		void a_file_without_the_table_is_waiting() throws Exception {
			Path file = dir.resolve("no-table.duckdb");
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE other (x INTEGER)");
			}
			assertThat(market(file).overview()).isInstanceOf(StoreResult.Waiting.class);
			assertThat(market(file).assets()).isInstanceOf(StoreResult.Waiting.class);
		}

		@Test
		void an_empty_table_is_waiting() throws Exception {
			Path file = dir.resolve("empty.duckdb");
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
					Statement statement = connection.createStatement()) {
				statement.execute(SeededStore.DDL);
			}
			assertThat(market(file).overview()).isInstanceOf(StoreResult.Waiting.class);
			assertThat(market(file).assets()).isInstanceOf(StoreResult.Waiting.class);
		}

	}

	@Nested
	class As_quotes_arrive {

		@Test
		void a_quote_stored_after_a_read_of_the_empty_table_is_counted() {
			Path file = dir.resolve("filling.duckdb");
			SeededStore.createEmpty(file);
			MutableClock clock = new MutableClock(END);
			MarketData market = market(file, clock);
			assertThat(market.overview()).isInstanceOf(StoreResult.Waiting.class);
			assertThat(market.assets()).isInstanceOf(StoreResult.Waiting.class);

			SeededStore.append(file, "COINGECKO", "bitcoin", "BTC", "Bitcoin", 97000.0, END);
			clock.advance(Duration.ofSeconds(31));

			StoreOverview overview = market.overview().orElse(null);
			assertThat(overview).isNotNull();
			assertThat(overview.totalRecords()).isEqualTo(1);
			assertThat(overview.newest()).isEqualTo(END);
			assertThat(market.assets().orElse(List.of())).extracting(Asset::assetId).containsExactly("bitcoin");
		}

		@Test
		void quotes_stored_after_the_first_quote_was_read_are_counted() {
			Path file = dir.resolve("filling-further.duckdb");
			SeededStore.createEmpty(file);
			MutableClock clock = new MutableClock(END);
			MarketData market = market(file, clock);
			SeededStore.append(file, "COINGECKO", "bitcoin", "BTC", "Bitcoin", 97000.0, END);
			assertThat(market.overview().orElse(null).totalRecords()).isEqualTo(1);

			SeededStore.append(file, "COINMARKETCAP", "bitcoin", "BTC", "Bitcoin", 97100.0, END.plus(SeededStore.STEP));
			SeededStore.append(file, "COINGECKO", "ethereum", "ETH", "Ethereum", 3400.0, END.plus(SeededStore.STEP));
			clock.advance(Duration.ofSeconds(31));

			StoreOverview overview = market.overview().orElse(null);
			assertThat(overview.totalRecords()).isEqualTo(3);
			assertThat(overview.newest()).isEqualTo(END.plus(SeededStore.STEP));
			assertThat(overview.sources()).extracting(SourceStats::records).containsExactly(2L, 1L);
			assertThat(market.assets().orElse(List.of())).extracting(Asset::assetId)
				.containsExactlyInAnyOrder("bitcoin", "ethereum");
		}

	}

	/**
	 * On a dashboard whose catalog names only CoinGecko and CoinMarketCap: a lowercase
	 * spelling and a provider it is not configured for, one row of it newer than
	 * everything else and for an asset no known source quotes.
	 */
	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class Rows_of_a_source_the_dashboard_does_not_know {

		static final Instant LATER = END.plus(Duration.ofHours(1));

		MarketData configuredForTwo(Path file) {
			return market(file, new MutableClock(END), TWO);
		}

		Path store(String name) {
			Path file = dir.resolve(name);
			SeededStore.create(file, 2, Duration.ofHours(1), END);
			SeededStore.append(file, "coingecko", "bitcoin", "BTC", "Bitcoin", 1.0, END);
			SeededStore.append(file, "COINPAPRIKA", "bitcoin", "BTC", "Bitcoin", 2.0, LATER);
			SeededStore.append(file, "COINPAPRIKA", "paprika-only", "PAP", "Paprika Only", 3.0e9, LATER);
			return file;
		}

		@Test
		void are_left_out_of_the_counts_and_the_asset_list() {
			MarketData market = configuredForTwo(store("unknown-counts.duckdb"));
			StoreOverview overview = market.overview().orElse(null);
			assertThat(overview).isNotNull();
			assertThat(overview.totalRecords()).isEqualTo(2L * 2 * 13);
			assertThat(overview.sources()).extracting(SourceStats::source)
				.containsExactly(Source.COINGECKO, Source.COINMARKETCAP);
			assertThat(overview.newest()).isEqualTo(END);
			assertThat(market.assets().orElse(List.of())).extracting(Asset::assetId)
				.containsExactly("bitcoin", "ethereum");
		}

		@Test
		void are_left_out_of_prices_spreads_quotes_and_points_per_asset() {
			Path file = store("unknown-reads.duckdb");
			MarketData market = configuredForTwo(file);
			Instant from = END.minus(Duration.ofHours(1));
			List<PriceSeries> series = market
				.prices(new PriceQuery(List.of("bitcoin"), Set.of(Source.COINGECKO, Source.COINMARKETCAP), from, LATER,
						1000, true))
				.orElse(List.of());
			assertThat(series).extracting(PriceSeries::source).containsExactly(Source.COINGECKO, Source.COINMARKETCAP);
			assertThat(series).flatExtracting(PriceSeries::points)
				.extracting(PricePoint::price)
				.allSatisfy(price -> assertThat(price).isGreaterThan(1000.0));
			assertThat(market.latestPrices(List.of("bitcoin", "paprika-only"), from).orElse(List.of()))
				.extracting(SourcePrice::source)
				.containsExactly(Source.COINGECKO, Source.COINMARKETCAP);
			assertThat(market
				.quotes(new QuoteQuery(List.of("bitcoin"), Set.of(Source.COINGECKO, Source.COINMARKETCAP), from, LATER,
						QuoteQuery.Sort.PRICE, false, 0, 1000))
				.orElse(List.of())).hasSize(2 * 13)
				.extracting(QuoteRow::price)
				.allSatisfy(p -> assertThat(p).isGreaterThan(1000.0));
			DashboardSettings settings = settings(file, Duration.ofSeconds(3), 1000);
			AssetPoints points = new AssetPoints(reads(settings, TWO), new QueryCache(settings, new MutableClock(END)));
			assertThat(points.perAsset().orElse(Map.of())).containsOnly(Map.entry("bitcoin", 26L),
					Map.entry("ethereum", 26L));
		}

		@Test
		void on_their_own_they_are_no_data_yet() {
			Path file = dir.resolve("unknown-only.duckdb");
			SeededStore.createEmpty(file);
			SeededStore.append(file, "COINPAPRIKA", "bitcoin", "BTC", "Bitcoin", 97000.0, END);
			MarketData market = configuredForTwo(file);
			assertThat(market.overview()).isInstanceOf(StoreResult.Waiting.class);
			assertThat(market.assets()).isInstanceOf(StoreResult.Waiting.class);
		}

		@Test
		void each_unknown_value_is_logged_once_on_one_line(CapturedOutput output) {
			Path file = store("unknown-logged.duckdb");
			MutableClock clock = new MutableClock(END);
			MarketData market = market(file, clock, TWO);
			market.overview();
			SeededStore.append(file, "COINPAPRIKA", "ethereum", "ETH", "Ethereum", 3.0, LATER);
			clock.advance(Duration.ofSeconds(31));
			market.overview();
			SeededStore.execute(file, "DELETE FROM crypto_prices WHERE asset_id = 'paprika-only'");
			clock.advance(Duration.ofSeconds(31));
			assertThat(market.overview().orElse(null).totalRecords()).isEqualTo(2L * 2 * 13);
			assertThat(output.getOut().lines().filter(line -> line.contains("COINPAPRIKA"))).hasSize(1);
			assertThat(output.getOut().lines().filter(line -> line.contains("'coingecko'"))).hasSize(1);
			assertThat(output.getOut()).doesNotContain("Exception").doesNotContain("\tat ");
		}

	}

	/** The three shipped sources, and a fourth in the store or in the catalog. */
	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class With_three_sources {

		static final Source COINCAP = Source.of("COINCAP");

		Path store(String name) {
			Path file = dir.resolve(name);
			SeededStore.create(file, 3, Duration.ofHours(1), END, SeededStore.THREE_SOURCES);
			return file;
		}

		@Test
		void every_read_covers_the_third_source() {
			MarketData market = market(store("three.duckdb"));
			StoreOverview overview = market.overview().orElse(null);
			assertThat(overview).isNotNull();
			assertThat(overview.totalRecords()).isEqualTo(3L * 3 * 13);
			assertThat(overview.sources()).extracting(SourceStats::source)
				.containsExactly(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
			assertThat(overview.sources()).extracting(SourceStats::records).containsOnly(3L * 13);
			assertThat(market.assets().orElse(List.of()).getFirst().sources())
				.containsExactlyInAnyOrder(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
			Instant from = END.minus(Duration.ofHours(1));
			Set<Source> three = Set.of(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
			assertThat(
					market.prices(new PriceQuery(List.of("bitcoin"), three, from, END, 1000, true)).orElse(List.of()))
				.extracting(PriceSeries::source)
				.containsExactly(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
			assertThat(market.latestPrices(List.of("bitcoin"), from).orElse(List.of())).extracting(SourcePrice::source)
				.containsExactly(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
			assertThat(market
				.quotes(new QuoteQuery(List.of("bitcoin"), Set.of(Source.COINPAPRIKA), from, END,
						QuoteQuery.Sort.TIMESTAMP, true, 0, 1000))
				.orElse(List.of())).hasSize(13).extracting(QuoteRow::source).containsOnly(Source.COINPAPRIKA);
		}

		@Test
		void a_stored_source_the_catalog_does_not_name_is_left_out_and_named_once_in_the_log(CapturedOutput output) {
			Path file = store("three-and-unknown.duckdb");
			SeededStore.append(file, "COINCAP", "bitcoin", "BTC", "Bitcoin", 2.0, END);
			MutableClock clock = new MutableClock(END);
			MarketData market = market(file, clock);
			assertThat(market.overview().orElse(null).sources()).extracting(SourceStats::source)
				.containsExactly(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
			SeededStore.append(file, "COINCAP", "ethereum", "ETH", "Ethereum", 3.0, END);
			clock.advance(Duration.ofSeconds(31));
			assertThat(market.overview().orElse(null).totalRecords()).isEqualTo(3L * 3 * 13);
			assertThat(market.latestPrices(List.of("bitcoin"), END.minus(Duration.ofHours(1))).orElse(List.of()))
				.extracting(SourcePrice::source)
				.doesNotContain(COINCAP);
			List<String> named = output.getOut().lines().filter(line -> line.contains("'COINCAP'")).toList();
			assertThat(named).hasSize(1);
			assertThat(named.getFirst()).contains("knows only [COINGECKO, COINMARKETCAP, COINPAPRIKA]");
		}

		@Test
		void a_fourth_source_in_the_catalog_is_read_like_the_others() {
			Path file = store("four.duckdb");
			SeededStore.append(file, "COINCAP", "bitcoin", "BTC", "Bitcoin", 97000.0, END);
			MarketData market = market(file, new MutableClock(END),
					KnownSources.of(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA, COINCAP));
			assertThat(market.overview().orElse(null).sources()).extracting(SourceStats::source)
				.containsExactly(COINCAP, Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
			assertThat(market.latestPrices(List.of("bitcoin"), END.minus(Duration.ofHours(1))).orElse(List.of()))
				.extracting(SourcePrice::source)
				.contains(COINCAP);
		}

	}

	@Nested
	class A_store_written_by_an_older_schema {

		@Test
		void without_schema_version_the_data_is_read() {
			Path file = dir.resolve("no-schema-version.duckdb");
			SeededStore.create(file, 2, Duration.ofHours(1), END);
			SeededStore.execute(file, "DROP TABLE schema_version");
			StoreOverview overview = market(file).overview().orElse(null);
			assertThat(overview).isNotNull();
			assertThat(overview.totalRecords()).isEqualTo(2L * 2 * 13);
		}

		@Test
		void a_table_without_a_column_the_dashboard_reads_is_unreadable_and_says_which() {
			Path file = dir.resolve("no-ingested-at.duckdb");
			SeededStore.create(file, 2, Duration.ofHours(1), END);
			SeededStore.execute(file, "ALTER TABLE crypto_prices DROP COLUMN ingested_at");
			MarketData market = market(file);
			assertThat(market.overview()).isInstanceOfSatisfying(StoreResult.Failed.class,
					failed -> assertThat(failed.message()).contains("crypto_prices has no column ingested_at"));
			assertThat(market.assets()).isInstanceOf(StoreResult.Failed.class);
		}

	}

	@Test
	void overview_counts_every_row_per_source() {
		StoreOverview overview = market(seeded).overview().orElse(null);
		assertThat(overview).isNotNull();
		assertThat(overview.totalRecords()).isEqualTo(rows).isEqualTo(12L * 2 * 865);
		assertThat(overview.trackedAssets()).isEqualTo(ASSETS);
		assertThat(overview.sources()).extracting(SourceStats::source)
			.containsExactly(Source.COINGECKO, Source.COINMARKETCAP);
		assertThat(overview.newest()).isEqualTo(END);
		assertThat(overview.first()).isEqualTo(END.minus(Duration.ofHours(72)));
	}

	@Test
	void assets_come_largest_market_cap_first_with_names_from_the_newest_row() {
		List<Asset> assets = market(seeded).assets().orElse(List.of());
		assertThat(assets).extracting(Asset::assetId)
			.startsWith("bitcoin", "ethereum", "tether", "ripple", "binancecoin")
			.hasSize(ASSETS);
		assertThat(assets.getFirst().sources()).containsExactlyInAnyOrder(Source.COINGECKO, Source.COINMARKETCAP);
		assertThat(assets.getFirst().label()).isEqualTo("Bitcoin (BTC)");
	}

	@Test
	void no_series_exceeds_max_points_whatever_the_period() {
		DashboardSettings settings = settings(seeded, Duration.ofSeconds(3), 100);
		MarketData market = new MarketData(reads(settings), new QueryCache(settings, new MutableClock(END)));
		for (Duration span : List.of(Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72),
				Duration.ofDays(365))) {
			PriceQuery query = new PriceQuery(List.of("bitcoin", "tether"),
					Set.of(Source.COINGECKO, Source.COINMARKETCAP), END.minus(span), END, 100, true);
			List<PriceSeries> series = market.prices(query).orElse(List.of());
			assertThat(series).hasSize(4)
				.allSatisfy(s -> assertThat(s.points()).isNotEmpty().hasSizeLessThanOrEqualTo(100));
		}
	}

	@Test
	void averaged_series_have_one_line_per_asset_in_query_order() {
		PriceQuery query = new PriceQuery(List.of("ethereum", "bitcoin"),
				Set.of(Source.COINGECKO, Source.COINMARKETCAP), END.minus(Duration.ofHours(6)), END, 1000, false);
		List<PriceSeries> series = market(seeded).prices(query).orElse(List.of());
		assertThat(series).extracting(PriceSeries::assetId).containsExactly("ethereum", "bitcoin");
		assertThat(series).allSatisfy(s -> assertThat(s.source()).isNull());
		assertThat(series.getFirst().points()).hasSize(6 * 12 + 1);
	}

	@Test
	void user_text_is_a_parameter_never_sql() {
		PriceQuery query = new PriceQuery(List.of("bitcoin' OR '1'='1"), Set.of(Source.COINGECKO),
				END.minus(Duration.ofHours(1)), END, 1000, true);
		assertThat(market(seeded).prices(query)).isEqualTo(new StoreResult.Ready<>(List.of()));
	}

	@Test
	void quotes_are_paged_and_sorted_in_sql() {
		QuoteQuery query = new QuoteQuery(List.of("bitcoin", "ethereum"),
				Set.of(Source.COINGECKO, Source.COINMARKETCAP), END.minus(Duration.ofHours(1)), END,
				QuoteQuery.Sort.PRICE, false, 2, 3);
		List<QuoteRow> page = market(seeded).quotes(query).orElse(List.of());
		assertThat(page).hasSize(3).extracting(QuoteRow::assetId).containsOnly("ethereum");
		assertThat(page).extracting(QuoteRow::price).isSorted();
	}

	@Test
	void results_are_reused_until_the_cache_ttl_passes() throws Exception {
		Path file = dir.resolve("growing.duckdb");
		SeededStore.create(file, 2, Duration.ofHours(1), END);
		MutableClock clock = new MutableClock(END);
		MarketData market = market(file, clock);
		long before = market.overview().orElse(null).totalRecords();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
				Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO crypto_prices SELECT * FROM crypto_prices LIMIT 10");
		}
		assertThat(market.overview().orElse(null).totalRecords()).isEqualTo(before);
		clock.advance(Duration.ofSeconds(31));
		assertThat(market.overview().orElse(null).totalRecords()).isEqualTo(before + 10);
	}

	@Test
	void counts_follow_appends_and_deletions_exactly() throws Exception {
		Path file = dir.resolve("appending.duckdb");
		SeededStore.create(file, 2, Duration.ofHours(1), END);
		MutableClock clock = new MutableClock(END);
		MarketData market = market(file, clock);
		long before = market.overview().orElse(null).totalRecords();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
				Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO crypto_prices SELECT * REPLACE (timestamp + INTERVAL 5 MINUTE AS timestamp, "
					+ "ingested_at + INTERVAL 1 HOUR AS ingested_at) FROM crypto_prices WHERE timestamp = (SELECT max(timestamp) FROM crypto_prices)");
		}
		clock.advance(Duration.ofSeconds(31));
		StoreOverview appended = market.overview().orElse(null);
		assertThat(appended.totalRecords()).isEqualTo(before + 4);
		assertThat(appended.newest()).isEqualTo(END.plus(Duration.ofMinutes(5)));
		assertThat(appended.sources()).extracting(SourceStats::records).containsOnly((before + 4) / 2);
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
				Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM crypto_prices WHERE source = 'COINMARKETCAP' AND timestamp < "
					+ "(SELECT min(timestamp) FROM crypto_prices) + INTERVAL 10 MINUTE");
		}
		clock.advance(Duration.ofSeconds(31));
		assertThat(market.overview().orElse(null).sources()).extracting(SourceStats::records)
			.containsExactly((before + 4) / 2, (before + 4) / 2 - 4);
	}

	@Nested
	class Bursts {

		@Test
		void reads_in_a_burst_share_one_connection_that_closes_when_the_burst_returns() throws Exception {
			Path file = dir.resolve("burst.duckdb");
			SeededStore.create(file, 2, Duration.ofHours(1), END);
			MarketData market = market(file);
			List<Boolean> writableDuringBurst = new ArrayList<>();
			StoreResult<List<Asset>> result = market.burst(() -> market.overview().then(overview -> {
				writableDuringBurst.add(canOpenReadWrite(file));
				return market.assets();
			}));
			assertThat(result).isInstanceOf(StoreResult.Ready.class);
			assertThat(writableDuringBurst).containsExactly(false);
			assertThat(canOpenReadWrite(file)).isTrue();
		}

		@Test
		void a_burst_waits_for_the_write_lock_like_a_single_read() throws Exception {
			Path file = dir.resolve("burst-locked.duckdb");
			SeededStore.create(file, 2, Duration.ofHours(1), END);
			MarketData market = market(file);
			Instant started = Instant.now();
			try (WriteLockHolder holder = WriteLockHolder.hold(file, Duration.ofMillis(1000))) {
				assertThat(holder.holding()).isTrue();
				assertThat(market.burst(market::overview)).isInstanceOf(StoreResult.Ready.class);
			}
			assertThat(Duration.between(started, Instant.now())).isGreaterThan(Duration.ofMillis(500));
		}

		@Test
		void a_burst_on_a_missing_file_is_waiting() {
			MarketData market = market(dir.resolve("no-burst-file.duckdb"));
			assertThat(market.burst(market::assets)).isInstanceOf(StoreResult.Waiting.class);
		}

		// Inside this JVM a read-write open fails while the read-only connection is open
		// (DuckDB refuses a second configuration of the same file).
		private static boolean canOpenReadWrite(Path file) {
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
				return !connection.isClosed();
			}
			catch (java.sql.SQLException ex) {
				return false;
			}
		}

	}

	@Nested
	class While_the_consumer_holds_the_write_lock {

		@Test
		void a_read_waits_for_the_lock_and_then_succeeds() throws Exception {
			Path file = dir.resolve("locked-briefly.duckdb");
			SeededStore.create(file, 2, Duration.ofHours(1), END);
			Instant started = Instant.now();
			try (WriteLockHolder holder = WriteLockHolder.hold(file, Duration.ofMillis(1500))) {
				assertThat(holder.holding()).isTrue();
				StoreResult<StoreOverview> result = market(file).overview();
				assertThat(result).isInstanceOf(StoreResult.Ready.class);
			}
			assertThat(Duration.between(started, Instant.now())).isGreaterThan(Duration.ofMillis(1000));
		}

		@Test
		void a_read_gives_up_as_busy_after_the_bound() throws Exception {
			Path file = dir.resolve("locked-long.duckdb");
			SeededStore.create(file, 2, Duration.ofHours(1), END);
			DashboardSettings settings = settings(file, Duration.ofMillis(300), 1000);
			MarketData market = new MarketData(reads(settings), new QueryCache(settings, new MutableClock(END)));
			try (WriteLockHolder holder = WriteLockHolder.hold(file, Duration.ofSeconds(3))) {
				StoreResult<StoreOverview> result = market.overview();
				assertThat(result).isInstanceOfSatisfying(StoreResult.Busy.class,
						busy -> assertThat(busy.attempts()).isGreaterThan(1));
			}
			assertThat(market.overview()).isInstanceOf(StoreResult.Ready.class);
		}

	}

	@Test
	void the_bucket_keeps_any_span_within_max_points() {
		for (long hours : List.of(1L, 6L, 24L, 72L, 24L * 7, 24L * 30, 24L * 365)) {
			PriceQuery query = new PriceQuery(List.of("bitcoin"), Set.of(Source.COINGECKO),
					END.minus(hours, ChronoUnit.HOURS), END, 1000, true);
			long buckets = Duration.ofHours(hours).toSeconds() / query.bucket().toSeconds() + 2;
			assertThat(buckets).as("%d h", hours).isLessThanOrEqualTo(1000);
		}
	}

}
