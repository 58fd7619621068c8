package io.cryptoviz.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
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
