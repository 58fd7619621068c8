package io.cryptoviz.consumer.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cryptoviz.consumer.storage.DuckDbFile;

/**
 * What {@code crypto_prices} holds.
 *
 * @param total all rows
 * @param distinctAssets distinct asset ids
 * @param rowsPerSource rows per source, by source name
 * @param lastDay rows whose timestamp is within 24 h before now
 * @param newestPerSource newest timestamp per source, UTC
 */
record StoreStats(long total, long distinctAssets, Map<String, Long> rowsPerSource, long lastDay,
		Map<String, Instant> newestPerSource) {

	static StoreStats read(DuckDbFile file, Instant now) throws SQLException, InterruptedException {
		return file.read((connection) -> {
			long total;
			long assets;
			try (Statement statement = connection.createStatement();
					ResultSet row = statement
						.executeQuery("SELECT count(*), count(DISTINCT asset_id) FROM crypto_prices")) {
				row.next();
				total = row.getLong(1);
				assets = row.getLong(2);
			}
			Map<String, Long> perSource = new LinkedHashMap<>();
			Map<String, Instant> newest = new LinkedHashMap<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(
							"SELECT source, count(*), max(timestamp) FROM crypto_prices GROUP BY source ORDER BY source")) {
				while (rows.next()) {
					perSource.put(rows.getString(1), rows.getLong(2));
					newest.put(rows.getString(1), rows.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC));
				}
			}
			return new StoreStats(total, assets, perSource, lastDay(connection, now), newest);
		});
	}

	private static long lastDay(Connection connection, Instant now) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT count(*) FROM crypto_prices WHERE timestamp >= ?")) {
			statement.setObject(1, LocalDateTime.ofInstant(now.minus(Duration.ofDays(1)), ZoneOffset.UTC));
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

}
