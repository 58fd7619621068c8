package io.cryptoviz.store.read;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockTimeoutException;
import io.cryptoviz.store.file.SqlWork;
import io.cryptoviz.store.schema.PricesTable;
import io.cryptoviz.store.schema.SchemaCheck;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the DuckDB file read-only for one burst of queries and closes it again.
 * <p>
 * DuckDB allows one read-write process or any number of read-only ones, never both. The
 * consumer opens the file read-write only while it flushes, so holding it open here while
 * idle would stop ingestion. A lock conflict is retried by the {@link DuckDbFile}'s
 * backoff (jittered, so many pages waiting for the same flush do not all knock at once)
 * up to its policy's bound, then reported as {@link NotReadable.Busy}.
 * <p>
 * Each open costs more than the short queries a page runs (the catalog is read and the
 * buffer pool starts cold), so the reads of one page can share a {@link #burst}: the
 * connection is opened on the first read that needs it and closed as soon as the burst
 * returns.
 */
public final class ReadOnlyStore {

	private static final Logger log = LoggerFactory.getLogger(ReadOnlyStore.class);

	private static final ScopedValue<Burst> BURST = ScopedValue.newInstance();

	private final DuckDbFile file;

	/**
	 * @param file the file, with the readers' lock wait (see
	 * {@link io.cryptoviz.store.file.LockWaitPolicy#quietlyWithin})
	 */
	public ReadOnlyStore(DuckDbFile file) {
		this.file = file;
	}

	/**
	 * Runs {@code reads} so that every read inside shares one connection, opened lazily
	 * (not at all if every read is cached) and closed when {@code reads} returns. Nested
	 * bursts join the outer one.
	 * @param <R> what the reads produce
	 * @param reads reads through this store
	 * @return what {@code reads} returned
	 */
	public <R> R burst(Supplier<R> reads) {
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

	<T> T read(String what, SqlWork<T> work) throws NotReadable {
		if (BURST.isBound()) {
			return BURST.get().read(what, work);
		}
		try (Connection connection = open(what)) {
			return run(what, connection, work);
		}
		catch (SQLException ex) {
			// only close() can get here; the results are already read
			log.warn("Read '{}' could not close the store: {}", what, ex.getMessage());
			throw new NotReadable.Unreadable(String.valueOf(ex.getMessage()));
		}
	}

	private Connection open(String what) throws NotReadable {
		if (!this.file.exists()) {
			throw new NotReadable.NoDataYet("no database file at " + this.file.path());
		}
		try {
			return this.file.openReadOnly();
		}
		catch (LockTimeoutException ex) {
			log.warn("Read '{}' gave up: store locked by a writer for {} ms over {} attempts", what,
					ex.waited().toMillis(), ex.attempts());
			throw new NotReadable.Busy(ex.attempts(), ex.waited());
		}
		catch (SQLException ex) {
			log.warn("Read '{}' failed: {}", what, ex.getMessage());
			throw new NotReadable.Unreadable(String.valueOf(ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NotReadable.Unreadable("interrupted while waiting for the store");
		}
	}

	private static <T> T run(String what, Connection connection, SqlWork<T> work) throws NotReadable {
		try {
			return work.run(connection);
		}
		catch (SQLException ex) {
			String message = String.valueOf(ex.getMessage());
			if (SchemaCheck.isMissingTable(message)) {
				throw new NotReadable.NoDataYet("table " + PricesTable.NAME + " does not exist yet");
			}
			String missing = SchemaCheck.missingColumns(connection);
			String reason = (missing != null) ? missing : message;
			log.warn("Read '{}' failed: {}", what, reason);
			throw new NotReadable.Unreadable(reason);
		}
	}

	/** The connection shared by the reads of one burst, once one of them needed it. */
	private final class Burst {

		private @Nullable Connection connection;

		<T> T read(String what, SqlWork<T> work) throws NotReadable {
			Connection open = this.connection;
			if (open == null) {
				open = open(what);
				this.connection = open;
			}
			return run(what, open, work);
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
