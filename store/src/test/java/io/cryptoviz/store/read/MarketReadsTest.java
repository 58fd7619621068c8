package io.cryptoviz.store.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.model.retry.VirtualTime;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.write.QuoteStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MarketReadsTest {

	private static final Source KRAKEN = Source.of("KRAKEN");

	private final VirtualTime time = new VirtualTime();

	@TempDir
	Path dir;

	private MarketReads reads(Path file) {
		return new MarketReads(
				new ReadOnlyStore(new DuckDbFile(file, LockWaitPolicy.quietlyWithin(Duration.ofSeconds(3)),
						this.time.retry(DuckDbFile.LOCK_BACKOFF))),
				KnownSources.of(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA));
	}

	private Path stored(List<Quote> quotes) throws Exception {
		Path file = this.dir.resolve("store.duckdb");
		QuoteStore store = new QuoteStore(
				new DuckDbFile(file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60))),
				Clock.systemUTC());
		store.initialize();
		store.store(quotes);
		return file;
	}

	private static Quote from(Source source, int i) {
		Quote quote = TestQuotes.quote(i, 2);
		return new Quote(quote.assetId(), quote.symbol(), quote.name(), quote.priceUsd(), quote.percentChange24h(),
				quote.marketCapUsd(), quote.volume24hUsd(), source, quote.sourceTimestamp(), quote.fetchedAt());
	}

	@Nested
	class Says_why_there_is_no_data {

		@Test
		void no_file_is_no_data_yet() {
			assertThatExceptionOfType(NotReadable.NoDataYet.class)
				.isThrownBy(() -> reads(MarketReadsTest.this.dir.resolve("none.duckdb")).sourceCounts())
				.withMessageContaining("no database file at");
		}

		@Test
		void a_file_without_the_table_is_no_data_yet() throws Exception {
			Path file = MarketReadsTest.this.dir.resolve("empty.duckdb");
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
				connection.createStatement().execute("CREATE TABLE other (x INTEGER)");
			}

			assertThatExceptionOfType(NotReadable.NoDataYet.class).isThrownBy(() -> reads(file).sourceCounts())
				.withMessage("table crypto_prices does not exist yet");
		}

		@Test
		void a_writer_holding_the_file_past_the_bound_is_busy_measured_on_the_virtual_clock() throws Exception {
			Path file = stored(List.of(TestQuotes.quote(0)));
			long started = System.nanoTime();

			try (Connection writer = DriverManager.getConnection("jdbc:duckdb:" + file)) {
				assertThatExceptionOfType(NotReadable.Busy.class).isThrownBy(() -> reads(file).sourceCounts())
					.satisfies(busy -> {
						assertThat(busy.waited()).isBetween(Duration.ofMillis(2800), Duration.ofSeconds(3));
						assertThat(busy.attempts()).isGreaterThan(20);
					});
			}
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}

		@Test
		void a_damaged_file_is_unreadable() throws Exception {
			Path file = MarketReadsTest.this.dir.resolve("text.duckdb");
			Files.writeString(file, "not a database");

			assertThatExceptionOfType(NotReadable.Unreadable.class).isThrownBy(() -> reads(file).sourceCounts());
			assertThat(MarketReadsTest.this.time.pauses()).isEmpty();
		}

	}

	@Test
	void rows_of_an_unknown_source_are_left_out_of_every_read_and_fail_none() throws Exception {
		Path file = stored(
				IntStream.range(0, 8).mapToObj(i -> from((i < 4) ? Source.COINGECKO : KRAKEN, i % 4)).toList());
		MarketReads reads = reads(file);
		Instant from = TestQuotes.START.minus(Duration.ofHours(1));
		Instant to = TestQuotes.START.plus(Duration.ofHours(1));

		assertThat(reads.sourceCounts()).containsOnlyKeys(Source.COINGECKO);
		assertThat(reads.assets(from)).hasSize(2)
			.allSatisfy(asset -> assertThat(asset.sources()).containsExactly(Source.COINGECKO));
		assertThat(reads.pointsPerAsset()).containsValues(2L, 2L);
		assertThat(reads.latestPrices(List.of("asset-0", "asset-1"), from)).extracting(SourcePrice::source)
			.containsOnly(Source.COINGECKO);
		assertThat(
				reads.prices(new PriceQuery(List.of("asset-0"), Set.of(Source.COINGECKO, KRAKEN), from, to, 100, true)))
			.extracting(PriceSeries::source)
			.containsExactly(Source.COINGECKO, KRAKEN);
	}

	@Nested
	class Price_rows {

		// asset-0 every 5 minutes for an hour from both sources, priced 100, 102, ...,
		// 122
		private MarketReads hourOfQuotes() throws Exception {
			return reads(stored(IntStream.range(0, 24)
				.filter(i -> i % 2 == 0)
				.boxed()
				.flatMap(i -> java.util.stream.Stream.of(from(Source.COINGECKO, i), from(Source.COINMARKETCAP, i)))
				.toList()));
		}

		@Test
		void without_a_bucket_every_stored_quote_comes_back_in_time_then_source_order() throws Exception {
			List<PriceRow> rows = hourOfQuotes()
				.priceRows(new PriceRowQuery("asset-0", Set.of(Source.COINGECKO, Source.COINMARKETCAP),
						TestQuotes.START, TestQuotes.START.plus(Duration.ofHours(1)), null));

			assertThat(rows).hasSize(24);
			assertThat(rows.get(0)).isEqualTo(new PriceRow(TestQuotes.START, Source.COINGECKO, 100.0));
			assertThat(rows.get(1)).isEqualTo(new PriceRow(TestQuotes.START, Source.COINMARKETCAP, 100.0));
			assertThat(rows.getLast().price()).isEqualTo(122.0);
		}

		@Test
		void a_bucket_averages_each_source_per_aligned_bucket() throws Exception {
			List<PriceRow> rows = hourOfQuotes().priceRows(new PriceRowQuery("asset-0", Set.of(Source.COINGECKO),
					TestQuotes.START, TestQuotes.START.plus(Duration.ofHours(1)), Duration.ofMinutes(15)));

			Instant tenOClock = Instant.parse("2026-11-25T10:00:00Z");
			assertThat(rows).extracting(PriceRow::time)
				.containsExactly(tenOClock, tenOClock.plus(Duration.ofMinutes(15)),
						tenOClock.plus(Duration.ofMinutes(30)), tenOClock.plus(Duration.ofMinutes(45)));
			assertThat(rows).extracting(PriceRow::price)
				.containsExactly((100.0 + 102 + 104) / 3, (106.0 + 108 + 110) / 3, (112.0 + 114 + 116) / 3,
						(118.0 + 120 + 122) / 3);
		}

		@Test
		void the_window_end_is_exclusive() throws Exception {
			List<PriceRow> rows = hourOfQuotes().priceRows(new PriceRowQuery("asset-0", Set.of(Source.COINGECKO),
					TestQuotes.START, TestQuotes.START.plus(Duration.ofMinutes(10)), null));

			assertThat(rows).extracting(PriceRow::price).containsExactly(100.0, 102.0);
		}

		@Test
		void a_bucket_that_does_not_divide_a_day_is_refused() {
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> new PriceRowQuery("asset-0", Set.of(Source.COINGECKO), TestQuotes.START,
						TestQuotes.START.plusSeconds(60), Duration.ofMinutes(7)))
				.withMessageContaining("divide one day");
		}

	}

	@Test
	void reads_in_a_burst_share_one_open() throws Exception {
		Path file = stored(List.of(TestQuotes.quote(0), TestQuotes.quote(1)));
		MarketReads reads = reads(file);

		List<Object> results = reads.burst(() -> {
			try {
				return List.of(reads.sourceCounts(), reads.pointsPerAsset());
			}
			catch (NotReadable ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(results).hasSize(2);
		assertThat(reads.pointsPerAsset()).containsOnlyKeys("asset-0", "asset-1");
	}

}
