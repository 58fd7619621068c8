package io.cryptoviz.store.write;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.schema.Migrations;
import io.cryptoviz.store.schema.PricesTable;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Writes quotes to {@link PricesTable}, each (source, asset_id, timestamp) once.
 * <p>
 * A batch is deduplicated in memory, bulk-loaded through the Appender into a temporary
 * staging table, and copied with one {@code INSERT ... SELECT} that skips rows already
 * stored (an anti-join restricted to the batch's time range, so DuckDB's zone maps skip
 * the older row groups). All of it is one transaction, so a batch redelivered after a
 * crash stores nothing twice.
 */
public final class QuoteStore {

	/** Earliest storable timestamp: the first Bitcoin block. */
	public static final Instant EARLIEST = Instant.parse("2009-01-03T00:00:00Z");

	/** Latest storable timestamp, far inside DuckDB's TIMESTAMP range. */
	public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private static final Duration MAX_AHEAD_OF_FETCH = Duration.ofDays(1);

	private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

	private final DuckDbFile file;

	private final Clock clock;

	private final AtomicLong rows = new AtomicLong(-1);

	public QuoteStore(DuckDbFile file, Clock clock) {
		this.file = file;
		this.clock = clock;
	}

	/**
	 * Says why a valid quote still cannot be stored: timestamps outside what the store
	 * accepts.
	 * @param quote the quote
	 * @return the reason, or null if it can be stored
	 */
	public static @Nullable String unstorableReason(Quote quote) {
		for (Instant instant : List.of(quote.sourceTimestamp(), quote.fetchedAt())) {
			if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
				return "timestamp " + instant + " is outside " + EARLIEST + " .. " + LATEST;
			}
		}
		if (quote.sourceTimestamp().isAfter(quote.fetchedAt().plus(MAX_AHEAD_OF_FETCH))) {
			return "sourceTimestamp " + quote.sourceTimestamp() + " is more than a day after fetchedAt "
					+ quote.fetchedAt();
		}
		return null;
	}

	/**
	 * Applies missing migrations and counts the rows once; later counts are kept up to
	 * date by {@link #store}.
	 * @return the migration versions applied now
	 * @throws SQLException if the file cannot be migrated
	 * @throws InterruptedException if interrupted while waiting for the file lock
	 */
	public List<Integer> initialize() throws SQLException, InterruptedException {
		return this.file.write((connection) -> {
			List<Integer> applied = Migrations.apply(connection, this.clock.instant());
			try (Statement statement = connection.createStatement();
					ResultSet count = statement.executeQuery("SELECT count(*) FROM " + PricesTable.NAME)) {
				count.next();
				this.rows.set(count.getLong(1));
			}
			return applied;
		});
	}

	/** Rows in the quotes table, or -1 before {@link #initialize()}. */
	public long rowCount() {
		return this.rows.get();
	}

	/**
	 * Stores the quotes not stored yet, in one transaction.
	 * @param quotes storable quotes (see {@link #unstorableReason}), in any order
	 * @return how many were new and how many were duplicates
	 * @throws SQLException if the write fails; then nothing was stored
	 * @throws InterruptedException if interrupted while waiting for the file lock
	 */
	public StoreResult store(List<Quote> quotes) throws SQLException, InterruptedException {
		List<Row> unique = unique(quotes);
		if (unique.isEmpty()) {
			return new StoreResult(0, 0);
		}
		long ingestedAt = micros(this.clock.instant());
		long from = unique.stream().mapToLong(Row::timestamp).min().orElseThrow();
		long to = unique.stream().mapToLong(Row::timestamp).max().orElseThrow();
		int stored = this.file.write((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement
					.execute("CREATE OR REPLACE TEMP TABLE staging AS SELECT * FROM " + PricesTable.NAME + " LIMIT 0");
				append(connection, unique, ingestedAt);
				return statement.executeUpdate("""
						INSERT INTO %1$s SELECT s.* FROM staging s WHERE NOT EXISTS (
							SELECT 1 FROM %1$s p
							WHERE p.timestamp BETWEEN %2$s AND %3$s
							AND p.source = s.source AND p.asset_id = s.asset_id AND p.timestamp = s.timestamp)"""
					.formatted(PricesTable.NAME, literal(from), literal(to)));
			}
		});
		this.rows.addAndGet(stored);
		return new StoreResult(stored, quotes.size() - stored);
	}

	private static void append(Connection connection, List<Row> rows, long ingestedAt) throws SQLException {
		try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
			.createAppender("temp", "main", "staging")) {
			for (Row row : rows) {
				appendRow(appender, row.quote(), row.timestamp(), ingestedAt);
			}
		}
	}

	/**
	 * Appends one quote in the column order of the quotes table. Public so the
	 * benchmarks' raw-Appender baseline appends exactly what the consumer appends.
	 * @param appender an appender on the quotes table or a table of its shape
	 * @param quote the quote
	 * @param timestampMicros its provider timestamp, epoch microseconds
	 * @param ingestedAtMicros when it is stored, epoch microseconds
	 * @throws SQLException if DuckDB refuses the row
	 */
	public static void appendRow(DuckDBAppender appender, Quote quote, long timestampMicros, long ingestedAtMicros)
			throws SQLException {
		appender.beginRow()
			.append(quote.assetId())
			.append(quote.name())
			.append(quote.symbol())
			.append(quote.priceUsd())
			.append(quote.percentChange24h())
			.append(quote.marketCapUsd())
			.append(quote.volume24hUsd())
			.append(quote.source().name())
			.appendEpochMicros(timestampMicros)
			.appendEpochMicros(micros(quote.fetchedAt()))
			.appendEpochMicros(ingestedAtMicros)
			.endRow();
	}

	// The key is compared at microsecond precision, as DuckDB stores it, so two quotes
	// that differ only in nanoseconds count as one.
	private static List<Row> unique(List<Quote> quotes) {
		Set<Key> seen = new HashSet<>(quotes.size() * 2);
		List<Row> rows = new ArrayList<>(quotes.size());
		for (Quote quote : quotes) {
			long timestamp = micros(quote.sourceTimestamp());
			if (seen.add(new Key(quote.source(), quote.assetId(), timestamp))) {
				rows.add(new Row(quote, timestamp));
			}
		}
		return rows;
	}

	public static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

	private static String literal(long micros) {
		Instant instant = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
		return "TIMESTAMP '" + LITERAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "'";
	}

	private record Key(Source source, String assetId, long timestamp) {
	}

	private record Row(Quote quote, long timestamp) {
	}

}
