package io.cryptoviz.store.file;

import java.sql.SQLException;
import java.time.Duration;

/** The DuckDB file stayed locked by another process for longer than the caller waits. */
public final class LockTimeoutException extends SQLException {

	private final int attempts;

	private final Duration waited;

	LockTimeoutException(String message, SQLException cause, int attempts, Duration waited) {
		super(message, cause);
		this.attempts = attempts;
		this.waited = waited;
	}

	/** How many opens were tried. */
	public int attempts() {
		return this.attempts;
	}

	/** How long the caller waited in total. */
	public Duration waited() {
		return this.waited;
	}

}
