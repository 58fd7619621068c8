package io.cryptoviz.store.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import io.cryptoviz.model.retry.Backoff;
import io.cryptoviz.model.retry.Retry;
import org.duckdb.DuckDBDriver;
import org.jspecify.annotations.Nullable;

/**
 * The shared DuckDB file, opened only for the length of one unit of work.
 * <p>
 * DuckDB lets one process write or several read, never both. So every unit of work opens
 * the file, runs and closes it again, leaving the file free for the other side in
 * between; a lock conflict is retried with the injected {@link Retry} (short jittered
 * backoff), quietly at first, with a WARN after {@link LockWaitPolicy#warnAfter()} and an
 * ERROR naming the holder after {@link LockWaitPolicy#errorAfter()}.
 */
public final class DuckDbFile {

	/**
	 * The writer's and the stats command's backoff: 5 ms doubling to 100 ms, jittered.
	 */
	public static final Backoff LOCK_BACKOFF = new Backoff(Duration.ofMillis(5), Duration.ofMillis(100), 0.5);

	private final Path path;

	private final LockWaitPolicy lockWait;

	private final Retry retry;

	private final DuckDbSettings settings;

	private volatile @Nullable LockWait currentWait;

	private volatile @Nullable String lastFailure;

	/** The file with {@link #LOCK_BACKOFF} in real time. */
	public DuckDbFile(Path path, LockWaitPolicy lockWait) {
		this(path, lockWait, Retry.inRealTime(LOCK_BACKOFF));
	}

	/** The file with DuckDB's own memory and thread defaults. */
	public DuckDbFile(Path path, LockWaitPolicy lockWait, Retry retry) {
		this(path, lockWait, retry, DuckDbSettings.ENGINE_DEFAULTS);
	}

	public DuckDbFile(Path path, LockWaitPolicy lockWait, Retry retry, DuckDbSettings settings) {
		this.path = path.toAbsolutePath().normalize();
		this.lockWait = lockWait;
		this.retry = retry;
		this.settings = settings;
	}

	/** DuckDB's memory limit and threads for every connection this file opens. */
	public DuckDbSettings settings() {
		return this.settings;
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
		try (Connection connection = openReadOnly()) {
			return work.run(connection);
		}
	}

	/**
	 * Opens the file read-only for a burst of reads the caller closes.
	 * @return an open read-only connection in UTC
	 * @throws SQLException if the file cannot be opened, or stayed locked past the policy
	 * ({@link LockTimeoutException})
	 * @throws InterruptedException if interrupted while waiting for the lock
	 */
	public Connection openReadOnly() throws SQLException, InterruptedException {
		return open(true);
	}

	private Connection open(boolean readOnly) throws SQLException, InterruptedException {
		Properties properties = new Properties();
		this.settings.applyTo(properties);
		if (readOnly) {
			properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
		}
		try {
			return this.retry.run(SQLException.class,
					() -> utc(DriverManager.getConnection("jdbc:duckdb:" + this.path, properties)),
					new LockWatch(this.path, this.lockWait, (wait) -> this.currentWait = wait));
		}
		finally {
			this.currentWait = null;
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

	/**
	 * A wait for a file another process holds.
	 *
	 * @param waited how long so far
	 * @param holder the holding process as DuckDB names it, with its PID
	 */
	public record LockWait(Duration waited, String holder) {
	}

}
