package io.cryptoviz.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;

/**
 * Reads the DuckDB file in tests. Opens read-write, because inside one JVM DuckDB shares
 * one instance per file and refuses a second open with a different (read-only) setting.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static long count(Path file, String sql) {
		if (!Files.exists(file)) {
			return 0;
		}
		try {
			// Through the store's opening, so a race with the writer in this JVM is
			// waited
			// out like any lock conflict.
			return new DuckDbFile(file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60)))
				.write((connection) -> {
					try (Statement statement = connection.createStatement();
							ResultSet result = statement.executeQuery(sql)) {
						result.next();
						return result.getLong(1);
					}
				});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (SQLException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not exist")) {
				return 0;
			}
			throw new IllegalStateException(ex);
		}
	}

	public static long rows(Path file) {
		return count(file, "SELECT count(*) FROM crypto_prices");
	}

}
