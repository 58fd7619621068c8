package io.cryptoviz.consumer.storage;

import java.sql.SQLException;

/** The DuckDB file stayed locked by another process for longer than the caller waits. */
public final class LockTimeoutException extends SQLException {

	LockTimeoutException(String message, SQLException cause) {
		super(message, cause);
	}

}
