package io.cryptoviz.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Counts in the DuckDB file the way the dashboard reads it: read-only, briefly, retrying
 * while the consumer holds its write lock.
 */
final class Store {

	private Store() {
	}

	/**
	 * The single number a {@code SELECT count(*) ...} returns; 0 while there is no table.
	 */
	static long count(Path database, String sql) throws InterruptedException {
		if (!Files.exists(database)) {
			return 0;
		}
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		SQLException last = null;
		for (int attempt = 0; attempt < 600; attempt++) {
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database, readOnly);
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(sql)) {
				rows.next();
				return rows.getLong(1);
			}
			catch (SQLException ex) {
				String message = String.valueOf(ex.getMessage());
				if (message.contains("does not exist")) {
					return 0;
				}
				if (!message.contains("lock")) {
					throw new IllegalStateException("DuckDB read failed: " + message, ex);
				}
				last = ex;
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("DuckDB stayed locked for 30 s", last);
	}

}
