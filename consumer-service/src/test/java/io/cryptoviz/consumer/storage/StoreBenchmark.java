package io.cryptoviz.consumer.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.model.Quote;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.write.QuoteStore;
import io.cryptoviz.store.write.StoreResult;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How to keep (source, asset_id, timestamp) unique, measured: a primary key with
 * {@code ON CONFLICT DO NOTHING}, a staging table with an anti-join, and
 * {@link QuoteStore} as shipped (the anti-join, restricted to the batch's time range).
 * Each flush opens, writes one transaction and closes the file, as the consumer does; the
 * phases are timed separately. Not a test: run with
 * {@code ./mvnw -pl consumer-service -Pbench test -Dtest=StoreBenchmark}; sizes with
 * {@code -Dbench.storeRows} and {@code -Dbench.storeBatch}.
 */
@Tag("bench")
class StoreBenchmark {

	private static final int ROWS = Integer.getInteger("bench.storeRows", 500_000);

	private static final int BATCH = Integer.getInteger("bench.storeBatch", 50_000);

	private static final String COLUMNS = """
			asset_id VARCHAR NOT NULL, name VARCHAR NOT NULL, symbol VARCHAR NOT NULL, price DOUBLE NOT NULL,
			percent_change_24h DOUBLE, market_cap DOUBLE, volume_24h DOUBLE, source VARCHAR NOT NULL,
			timestamp TIMESTAMP NOT NULL, fetched_at TIMESTAMP NOT NULL, ingested_at TIMESTAMP NOT NULL""";

	@TempDir
	Path dir;

	@Test
	void measure() throws Exception {
		List<List<Quote>> batches = new ArrayList<>();
		for (int from = 0; from < ROWS; from += BATCH) {
			List<Quote> batch = new ArrayList<>(BATCH);
			for (int i = from; i < from + BATCH; i++) {
				batch.add(TestQuotes.quote(i));
			}
			batches.add(batch);
		}
		System.out.println("=== consumer-service store benchmark: " + ROWS + " rows in flushes of " + BATCH
				+ ", then the last flush redelivered");
		quoteStore(batches);
		raw("staging + anti-join (NOT EXISTS)", "CREATE TABLE crypto_prices (" + COLUMNS + ")", """
				INSERT INTO crypto_prices SELECT s.* FROM staging s WHERE NOT EXISTS (SELECT 1 FROM crypto_prices p
				WHERE p.timestamp BETWEEN (SELECT min(timestamp) FROM staging) AND (SELECT max(timestamp) FROM staging)
				AND p.source = s.source AND p.asset_id = s.asset_id AND p.timestamp = s.timestamp)""", batches);
		raw("primary key + ON CONFLICT DO NOTHING",
				"CREATE TABLE crypto_prices (" + COLUMNS + ", PRIMARY KEY (source, asset_id, timestamp))",
				"INSERT INTO crypto_prices SELECT * FROM staging ON CONFLICT DO NOTHING", batches);
	}

	private void quoteStore(List<List<Quote>> batches) throws Exception {
		QuoteStore store = new QuoteStore(new DuckDbFile(this.dir.resolve("store.duckdb"),
				LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60))), Clock.systemUTC());
		store.initialize();
		long start = System.nanoTime();
		for (List<Quote> batch : batches) {
			store.store(batch);
		}
		long fresh = System.nanoTime() - start;
		start = System.nanoTime();
		StoreResult again = store.store(batches.getLast());
		long redelivered = System.nanoTime() - start;
		check(again.stored() == 0 && store.rowCount() == ROWS, "QuoteStore stored duplicates");
		print("QuoteStore as shipped", fresh, redelivered, -1, -1, -1);
	}

	private void raw(String name, String table, String insert, List<List<Quote>> batches) throws SQLException {
		Path file = this.dir.resolve(name.replaceAll("\\W", "") + ".duckdb");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
				Statement statement = connection.createStatement()) {
			statement.execute(table);
		}
		long[] phases = new long[4];
		long start = System.nanoTime();
		for (List<Quote> batch : batches) {
			flush(file, insert, batch, phases);
		}
		long fresh = System.nanoTime() - start;
		start = System.nanoTime();
		int stored = flush(file, insert, batches.getLast(), new long[4]);
		long redelivered = System.nanoTime() - start;
		check(stored == 0, name + " stored duplicates");
		print(name, fresh, redelivered, phases[0], phases[1], phases[2] + phases[3]);
	}

	/** One flush; adds append, insert, commit and close times to {@code phases}. */
	private static int flush(Path file, String insert, List<Quote> batch, long[] phases) throws SQLException {
		Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
		int stored;
		try (connection; Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			long t0 = System.nanoTime();
			statement.execute("CREATE OR REPLACE TEMP TABLE staging AS SELECT * FROM crypto_prices LIMIT 0");
			try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
				.createAppender("temp", "main", "staging")) {
				for (Quote quote : batch) {
					long micros = QuoteStore.micros(quote.sourceTimestamp());
					QuoteStore.appendRow(appender, quote, micros, micros);
				}
			}
			long t1 = System.nanoTime();
			stored = statement.executeUpdate(insert);
			long t2 = System.nanoTime();
			connection.commit();
			long t3 = System.nanoTime();
			phases[0] += t1 - t0;
			phases[1] += t2 - t1;
			phases[2] += t3 - t2;
			phases[3] -= System.nanoTime();
		}
		phases[3] += System.nanoTime();
		return stored;
	}

	private static void print(String name, long fresh, long redelivered, long append, long insert,
			long commitAndClose) {
		System.out.printf(Locale.ROOT, "  %-52s %,10.0f rows/s; redelivered %,6d ms%s%n", name, ROWS / (fresh / 1e9),
				redelivered / 1_000_000,
				(append < 0) ? "" : String.format(Locale.ROOT, "; append %,d ms, insert %,d ms, commit+close %,d ms",
						append / 1_000_000, insert / 1_000_000, commitAndClose / 1_000_000));
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

}
