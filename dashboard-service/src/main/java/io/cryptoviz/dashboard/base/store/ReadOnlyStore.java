package io.cryptoviz.dashboard.base.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.cryptoviz.dashboard.base.DashboardSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Opens the DuckDB file read-only for one burst of queries and closes it again.
 * <p>
 * DuckDB allows one read-write process or any number of read-only ones, never both. The
 * consumer opens the file read-write only while it flushes, so holding it open here while
 * idle would stop ingestion. A lock conflict is retried with exponential backoff and full
 * jitter, so many pages waiting for the same flush do not all knock at once, up to
 * {@code cryptoviz.dashboard.lock.wait-bound}.
 * <p>
 * Each open costs more than the short queries a page runs (the catalog is read and the
 * buffer pool starts cold), so the reads of one page can share a {@link #burst}: the
 * connection is opened on the first read that needs it and closed as soon as the burst
 * returns.
 */
@Component
class ReadOnlyStore {

	private static final Logger log = LoggerFactory.getLogger(ReadOnlyStore.class);

	private static final ScopedValue<Burst> BURST = ScopedValue.newInstance();

	private final DashboardSettings settings;

	ReadOnlyStore(DashboardSettings settings) {
		this.settings = settings;
	}

	/**
	 * Runs {@code reads} so that every {@link #read} inside shares one connection, opened
	 * lazily (not at all if every read is cached) and closed when {@code reads} returns.
	 * Nested bursts join the outer one.
	 */
	<T> StoreResult<T> burst(Supplier<StoreResult<T>> reads) {
		if (BURST.isBound()) {
			return reads.get();
		}
		Burst burst = new Burst();
		try {
			return ScopedValue.where(BURST, burst).call(reads::get);
		}
		finally {
			burst.close();
		}
	}

	<T> StoreResult<T> read(String what, SqlWork<T> work) {
		if (BURST.isBound()) {
			return BURST.get().read(what, work);
		}
		StoreResult<Connection> opened = open(what);
		if (!(opened instanceof StoreResult.Ready<Connection>(Connection connection))) {
			return retype(opened);
		}
		try (connection) {
			return run(what, connection, work);
		}
		catch (SQLException ex) {
			// only close() can get here; the results are already read
			log.warn("Read '{}' could not close the store: {}", what, ex.getMessage());
			return new StoreResult.Failed<>(String.valueOf(ex.getMessage()));
		}
	}

	private StoreResult<Connection> open(String what) {
		Path file = this.settings.databasePath().toAbsolutePath();
		if (!Files.isRegularFile(file)) {
			return new StoreResult.Waiting<>("no database file at " + file);
		}
		DashboardSettings.Lock lock = this.settings.lock();
		long started = System.nanoTime();
		long deadline = started + lock.waitBound().toNanos();
		long backoff = lock.initialBackoff().toNanos();
		int attempts = 0;
		while (true) {
			attempts++;
			try {
				Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly());
				if (attempts > 1) {
					log.info("Read '{}' got the store after {} lock retries in {} ms", what, attempts - 1,
							elapsedMillis(started));
				}
				return new StoreResult.Ready<>(connection);
			}
			catch (SQLException ex) {
				String message = String.valueOf(ex.getMessage());
				if (!isLockConflict(message)) {
					log.warn("Read '{}' failed: {}", what, message);
					return new StoreResult.Failed<>(message);
				}
				long pause = ThreadLocalRandom.current().nextLong(backoff / 2, backoff + 1);
				if (System.nanoTime() + pause > deadline) {
					Duration waited = Duration.ofNanos(System.nanoTime() - started);
					log.warn("Read '{}' gave up: store locked by a writer for {} ms over {} attempts", what,
							waited.toMillis(), attempts);
					return new StoreResult.Busy<>(attempts, waited);
				}
				sleep(pause);
				backoff = Math.min(backoff * 2, lock.maxBackoff().toNanos());
			}
		}
	}

	private static <T> StoreResult<T> run(String what, Connection connection, SqlWork<T> work) {
		try {
			return new StoreResult.Ready<>(work.run(connection));
		}
		catch (SQLException ex) {
			String message = String.valueOf(ex.getMessage());
			if (isMissingTable(message)) {
				return new StoreResult.Waiting<>("table crypto_prices does not exist yet");
			}
			String missing = StoreSchema.missingColumns(connection);
			String reason = (missing != null) ? missing : message;
			log.warn("Read '{}' failed: {}", what, reason);
			return new StoreResult.Failed<>(reason);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> StoreResult<T> retype(StoreResult<Connection> notOpened) {
		return (StoreResult<T>) (StoreResult<?>) notOpened;
	}

	private static Properties readOnly() {
		Properties properties = new Properties();
		properties.setProperty("duckdb.read_only", "true");
		return properties;
	}

	// The first two are DuckDB's cross-process file lock; the last one appears when a
	// read-write connection to the same file is open in this JVM (tests, benchmarks).
	static boolean isLockConflict(String message) {
		return message.contains("Could not set lock") || message.contains("Conflicting lock")
				|| message.contains("different configuration than existing connections");
	}

	private static boolean isMissingTable(String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		return lower.contains("crypto_prices") && lower.contains("does not exist");
	}

	private static long elapsedMillis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static void sleep(long nanos) {
		try {
			Thread.sleep(Duration.ofNanos(nanos));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The connection shared by the reads of one burst, once one of them needed it. */
	private final class Burst {

		private @Nullable Connection connection;

		<T> StoreResult<T> read(String what, SqlWork<T> work) {
			if (this.connection == null) {
				StoreResult<Connection> opened = open(what);
				if (!(opened instanceof StoreResult.Ready<Connection>(Connection opening))) {
					return retype(opened);
				}
				this.connection = opening;
			}
			return run(what, this.connection, work);
		}

		void close() {
			if (this.connection != null) {
				try {
					this.connection.close();
				}
				catch (SQLException ex) {
					log.warn("Could not close the store after a burst: {}", ex.getMessage());
				}
				this.connection = null;
			}
		}

	}

}
