package io.cryptoviz.store.write;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.IntStream;

import io.cryptoviz.store.TestDatabase;
import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.schema.Migrations;
import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

public class QuoteStoreTest {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	@TempDir
	Path dir;

	private Path file;

	private QuoteStore store;

	@BeforeEach
	void setUp() throws Exception {
		this.file = this.dir.resolve("sub/cryptoviz.duckdb");
		this.store = new QuoteStore(
				new DuckDbFile(this.file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60))),
				Clock.fixed(NOW, ZoneOffset.UTC));
		this.store.initialize();
	}

	@Test
	void stores_every_new_quote_with_all_columns() throws Exception {
		StoreResult result = this.store.store(quotes(0, 100));

		assertThat(result).isEqualTo(new StoreResult(100, 0));
		assertThat(TestDatabase.rows(this.file)).isEqualTo(100);
		assertThat(this.store.rowCount()).isEqualTo(100);
	}

	@Test
	void duplicate_quote_is_stored_once() throws Exception {
		this.store.store(quotes(0, 100));

		StoreResult again = this.store.store(quotes(50, 100));

		assertThat(again).isEqualTo(new StoreResult(50, 50));
		assertThat(TestDatabase.rows(this.file)).isEqualTo(150);
		assertThat(this.store.rowCount()).isEqualTo(150);
	}

	@Test
	void batches_outside_the_stored_time_range_are_stored_whole_and_redelivery_stores_nothing_twice() throws Exception {
		this.store.store(quotes(400, 100));

		assertThat(this.store.store(quotes(800, 100))).isEqualTo(new StoreResult(100, 0));
		assertThat(this.store.store(quotes(0, 100))).isEqualTo(new StoreResult(100, 0));
		assertThat(this.store.store(quotes(0, 1000))).isEqualTo(new StoreResult(700, 300));
		assertThat(TestDatabase.rows(this.file)).isEqualTo(1000);
		assertThat(TestDatabase.count(this.file,
				"SELECT count(DISTINCT (source, asset_id, timestamp)) FROM crypto_prices"))
			.isEqualTo(1000);
	}

	@Test
	void duplicates_within_one_batch_are_stored_once() throws Exception {
		List<Quote> twice = new java.util.ArrayList<>(quotes(0, 10));
		twice.addAll(quotes(0, 10));

		assertThat(this.store.store(twice)).isEqualTo(new StoreResult(10, 10));
		assertThat(TestDatabase.rows(this.file)).isEqualTo(10);
	}

	@Test
	void quotes_differing_only_below_a_microsecond_are_one_row() throws Exception {
		Quote quote = TestQuotes.quote(0);
		Quote nanosLater = new Quote(quote.assetId(), quote.symbol(), quote.name(), 1.0, null, null, null,
				quote.source(), quote.sourceTimestamp().plusNanos(400), quote.fetchedAt());

		this.store.store(List.of(quote));

		assertThat(this.store.store(List.of(nanosLater))).isEqualTo(new StoreResult(0, 1));
	}

	@Test
	void same_asset_and_time_from_two_sources_are_two_rows() throws Exception {
		Quote gecko = TestQuotes.quote(0);
		Quote cmc = new Quote(gecko.assetId(), gecko.symbol(), gecko.name(), gecko.priceUsd(), null, null, null,
				Source.COINMARKETCAP, gecko.sourceTimestamp(), gecko.fetchedAt());

		assertThat(this.store.store(List.of(gecko, cmc))).isEqualTo(new StoreResult(2, 0));
	}

	@Test
	void timestamps_are_stored_as_utc_wall_clock_whatever_the_jvm_zone() throws Exception {
		TimeZone before = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
			this.store.store(List.of(TestQuotes.quote(0)));
		}
		finally {
			TimeZone.setDefault(before);
		}

		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + this.file);
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(
						"SELECT strftime(timestamp, '%Y-%m-%d %H:%M:%S.%f'), strftime(ingested_at, '%Y-%m-%d %H:%M:%S'),"
								+ " volume_24h, percent_change_24h FROM crypto_prices")) {
			row.next();
			assertThat(row.getString(1)).isEqualTo("2026-11-25 10:00:00.123456");
			assertThat(row.getString(2)).isEqualTo("2026-11-25 12:00:00");
			assertThat(row.getObject(3)).as("null volume stays null, never 0").isNull();
			assertThat(row.getDouble(4)).isEqualTo(1.5);
		}
	}

	@Test
	void a_new_store_counts_existing_rows_once_at_start() throws Exception {
		this.store.store(quotes(0, 30));
		QuoteStore reopened = new QuoteStore(
				new DuckDbFile(this.file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60))),
				Clock.systemUTC());

		assertThat(reopened.rowCount()).isEqualTo(-1);
		reopened.initialize();

		assertThat(reopened.rowCount()).isEqualTo(30);
	}

	@Nested
	class Migrations_ {

		@Test
		void applying_migrations_twice_is_harmless() throws Exception {
			QuoteStoreTest.this.store.store(quotes(0, 5));

			List<Integer> secondTime = QuoteStoreTest.this.store.initialize();

			assertThat(secondTime).isEmpty();
			assertThat(TestDatabase.count(QuoteStoreTest.this.file, "SELECT count(*) FROM schema_version"))
				.isEqualTo(Migrations.ALL.size());
			assertThat(TestDatabase.rows(QuoteStoreTest.this.file)).isEqualTo(5);
		}

		@Test
		void schema_version_records_each_migration_with_its_time() throws Exception {
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + QuoteStoreTest.this.file);
					Statement statement = connection.createStatement();
					ResultSet row = statement
						.executeQuery("SELECT version, description, applied_at FROM schema_version ORDER BY version")) {
				row.next();
				assertThat(row.getInt(1)).isEqualTo(1);
				assertThat(row.getString(2)).isEqualTo("create crypto_prices");
				assertThat(row.getObject(3, LocalDateTime.class))
					.isEqualTo(LocalDateTime.ofInstant(NOW, ZoneOffset.UTC));
			}
		}

		@Test
		void crypto_prices_has_exactly_the_contract_columns() {
			assertThat(TestDatabase.count(QuoteStoreTest.this.file,
					"SELECT count(*) FROM information_schema.columns WHERE table_name = 'crypto_prices' AND column_name IN "
							+ "('asset_id','name','symbol','price','percent_change_24h','market_cap','volume_24h',"
							+ "'source','timestamp','fetched_at','ingested_at')"))
				.isEqualTo(11);
			assertThat(TestDatabase.count(QuoteStoreTest.this.file,
					"SELECT count(*) FROM information_schema.columns WHERE table_name = 'crypto_prices'"))
				.isEqualTo(11);
		}

	}

	@Nested
	class Unstorable {

		@Test
		void a_timestamp_before_bitcoin_is_rejected() {
			Quote old = withTimes(Instant.parse("1999-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));

			assertThat(QuoteStore.unstorableReason(old)).contains("outside");
		}

		@Test
		void a_source_time_more_than_a_day_after_fetching_is_rejected() {
			Quote future = withTimes(Instant.parse("2026-01-03T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));

			assertThat(QuoteStore.unstorableReason(future)).contains("more than a day after fetchedAt");
		}

		@Test
		void an_ordinary_quote_is_storable() {
			assertThat(QuoteStore.unstorableReason(TestQuotes.quote(1))).isNull();
		}

		private Quote withTimes(Instant source, Instant fetched) {
			return new Quote("bitcoin", "BTC", "Bitcoin", 1.0, null, null, null, Source.COINGECKO, source, fetched);
		}

	}

	public static List<Quote> quotes(int from, int count) {
		return IntStream.range(from, from + count).mapToObj(TestQuotes::quote).toList();
	}

}
