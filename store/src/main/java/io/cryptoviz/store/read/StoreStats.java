package io.cryptoviz.store.read;

import java.nio.file.Path;
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

import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.schema.PricesTable;

/**
 * What the quotes table holds, for {@code ./cryptoviz stats}.
 *
 * @param total all rows
 * @param distinctAssets distinct asset ids
 * @param rowsPerSource rows per source, by source name
 * @param lastDay rows whose timestamp is within 24 h before now
 * @param newestPerSource newest timestamp per source, UTC
 */
public record StoreStats(long total, long distinctAssets, Map<String, Long> rowsPerSource, long lastDay,
		Map<String, Instant> newestPerSource) {

	/**
	 * Waits up to 30 s for the writer, warning after 5, as a person at a prompt would.
	 */
	private static final LockWaitPolicy LOCK_WAIT = new LockWaitPolicy(Duration.ofSeconds(5), Duration.ofSeconds(60),
			Duration.ofSeconds(30));

	/**
	 * @param path the DuckDB file, which must exist
	 * @param now the current time, for the last day's count
	 * @return what the file holds
	 * @throws NotReadable.Unreadable with DuckDB's message if the file cannot be read, or
	 * stayed locked for 30 s
	 * @throws InterruptedException if interrupted while waiting for the lock
	 */
	public static StoreStats read(Path path, Instant now) throws NotReadable.Unreadable, InterruptedException {
		try {
			return read(new DuckDbFile(path, LOCK_WAIT), now);
		}
		catch (SQLException ex) {
			throw new NotReadable.Unreadable(String.valueOf(ex.getMessage()));
		}
	}

	private static StoreStats read(DuckDbFile file, Instant now) throws SQLException, InterruptedException {
		return file.read((connection) -> {
			long total;
			long assets;
			try (Statement statement = connection.createStatement();
					ResultSet row = statement
						.executeQuery("SELECT count(*), count(DISTINCT asset_id) FROM " + PricesTable.NAME)) {
				row.next();
				total = row.getLong(1);
				assets = row.getLong(2);
			}
			Map<String, Long> perSource = new LinkedHashMap<>();
			Map<String, Instant> newest = new LinkedHashMap<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT source, count(*), max(timestamp) FROM "
							+ PricesTable.NAME + " GROUP BY source ORDER BY source")) {
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
			.prepareStatement("SELECT count(*) FROM " + PricesTable.NAME + " WHERE timestamp >= ?")) {
			statement.setObject(1, LocalDateTime.ofInstant(now.minus(Duration.ofDays(1)), ZoneOffset.UTC));
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

}
