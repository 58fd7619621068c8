package io.cryptoviz.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the DuckDB file the way the dashboard does: read-only, briefly, retrying while
 * the consumer holds its write lock.
 */
final class StoreProbe {

	private StoreProbe() {
	}

	/**
	 * Distinct assets per source that have at least {@code minPoints} rows; empty if none
	 * yet.
	 */
	static Map<String, Integer> assetsWithHistory(Path database, int minPoints) throws InterruptedException {
		Map<String, Integer> counts = new HashMap<>();
		if (!Files.exists(database)) {
			return counts;
		}
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		for (int attempt = 0; attempt < 50; attempt++) {
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database, readOnly);
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("""
							SELECT source, count(*) FROM (
							  SELECT source, asset_id FROM crypto_prices GROUP BY source, asset_id HAVING count(*) >= %d
							) GROUP BY source""".formatted(minPoints))) {
				while (rows.next()) {
					counts.put(rows.getString(1), rows.getInt(2));
				}
				return counts;
			}
			catch (SQLException ex) {
				String message = String.valueOf(ex.getMessage());
				if (message.contains("does not exist")) {
					return counts;
				}
				if (!message.contains("lock")) {
					throw new IllegalStateException("DuckDB read failed: " + message, ex);
				}
				Thread.sleep(100);
			}
		}
		return counts;
	}

}
