package io.cryptoviz.consumer.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.duckdb.DuckDBDriver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared DuckDB file, opened only for the length of one unit of work.
 * <p>
 * DuckDB lets one process write or several read, never both. So every unit of work opens
 * the file, runs and closes it again, leaving the file free for the dashboard in between;
 * a lock conflict is retried with short jittered backoff, quietly at first, with a WARN
 * after {@link LockWaitPolicy#warnAfter()} and an ERROR naming the holder after
 * {@link LockWaitPolicy#errorAfter()}.
 */
public final class DuckDbFile {

	private static final Logger log = LoggerFactory.getLogger(DuckDbFile.class);

	private static final long MIN_BACKOFF_NANOS = Duration.ofMillis(5).toNanos();

	private static final long MAX_BACKOFF_NANOS = Duration.ofMillis(100).toNanos();

	private final Path path;

	private final LockWaitPolicy lockWait;

	private volatile @Nullable LockWait currentWait;

	private volatile @Nullable String lastFailure;

	public DuckDbFile(Path path, LockWaitPolicy lockWait) {
		this.path = path.toAbsolutePath().normalize();
		this.lockWait = lockWait;
	}

	public Path path() {
		return this.path;
	}

	public boolean exists() {
		return Files.isRegularFile(this.path);
	}

	/** The lock wait in progress, if a unit of work is waiting for another process. */
	public @Nullable LockWait currentWait() {
		return this.currentWait;
	}

	/**
	 * Why the last write failed, other than by waiting for the lock; null after a
	 * success.
	 */
	public @Nullable String lastFailure() {
		return this.lastFailure;
	}

	/**
	 * Opens the file read-write (creating it and its folder if needed), runs the work in
	 * one transaction, commits and closes.
	 * @param <T> result type
	 * @param work the work
	 * @return what the work returned
	 * @throws SQLException if the work or the commit fails (nothing is committed then)
	 * @throws InterruptedException if interrupted while waiting for the lock
	 */
	public <T> T write(SqlWork<T> work) throws SQLException, InterruptedException {
		try {
			T result = writeOnce(work);
			this.lastFailure = null;
			return result;
		}
		catch (SQLException | RuntimeException ex) {
			this.lastFailure = ex.getMessage();
			throw ex;
		}
	}

	private <T> T writeOnce(SqlWork<T> work) throws SQLException, InterruptedException {
		try {
			Files.createDirectories(this.path.getParent());
		}
		catch (IOException ex) {
			throw new SQLException("cannot create folder " + this.path.getParent() + ": " + ex, ex);
		}
		try (Connection connection = open(false)) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	/**
	 * Opens the file read-only, runs the work and closes.
	 * @param <T> result type
	 * @param work the work
	 * @return what the work returned
	 * @throws SQLException if the file is missing or the work fails
	 * @throws InterruptedException if interrupted while waiting for the lock
	 */
	public <T> T read(SqlWork<T> work) throws SQLException, InterruptedException {
		if (!exists()) {
			throw new SQLException("DuckDB file " + this.path + " does not exist yet");
		}
		try (Connection connection = open(true)) {
			return work.run(connection);
		}
	}

	private Connection open(boolean readOnly) throws SQLException, InterruptedException {
		Properties properties = new Properties();
		if (readOnly) {
			properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
		}
		long start = System.nanoTime();
		long backoff = MIN_BACKOFF_NANOS;
		boolean warned = false;
		long nextError = this.lockWait.errorAfter().toNanos();
		while (true) {
			try {
				Connection connection = DriverManager.getConnection("jdbc:duckdb:" + this.path, properties);
				this.currentWait = null;
				if (warned) {
					log.info("DuckDB file {} is free again after {} s", this.path, seconds(System.nanoTime() - start));
				}
				return utc(connection);
			}
			catch (SQLException ex) {
				if (!LockConflict.is(ex)) {
					this.currentWait = null;
					throw ex;
				}
				long waited = System.nanoTime() - start;
				String holder = LockConflict.holder(ex);
				this.currentWait = new LockWait(Duration.ofNanos(waited), holder);
				if (this.lockWait.givesUp() && waited > this.lockWait.giveUpAfter().toNanos()) {
					this.currentWait = null;
					throw new LockTimeoutException("DuckDB file " + this.path + " stayed locked by " + holder
							+ " for more than " + this.lockWait.giveUpAfter().toSeconds() + " s", ex);
				}
				if (!warned && waited > this.lockWait.warnAfter().toNanos()) {
					warned = true;
					log.warn("Waiting {} s for the DuckDB file {}: another process holds it; retrying, nothing is lost",
							seconds(waited), this.path);
				}
				if (waited > nextError) {
					nextError += this.lockWait.errorAfter().toNanos();
					log.error("Waiting {} s for the DuckDB file {}: held by {}; retrying, nothing is lost",
							seconds(waited), this.path, holder);
				}
				long jittered = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff);
				Thread.sleep(Duration.ofNanos(jittered));
				backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
			}
		}
	}

	// TIMESTAMP columns hold UTC wall-clock values; make any zone-aware function agree.
	private static Connection utc(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET TimeZone = 'UTC'");
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	private static long seconds(long nanos) {
		return Duration.ofNanos(nanos).toSeconds();
	}

	/**
	 * A wait for a file another process holds.
	 *
	 * @param waited how long so far
	 * @param holder the holding process as DuckDB names it, with its PID
	 */
	public record LockWait(Duration waited, String holder) {
	}

}
