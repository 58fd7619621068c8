package io.cryptoviz.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Versioned schema changes, applied in order at startup and recorded in
 * {@code schema_version}; applying them again changes nothing.
 * <p>
 * {@link PricesTable} has no PRIMARY KEY: on this machine an ART index on (source,
 * asset_id, timestamp) made the file 7x larger and flushes slower as the table grew,
 * while an anti-join limited to the batch's time range stayed flat (see the module's
 * benchmark notes). Uniqueness is therefore kept by the store module's
 * {@code QuoteStore}, the only writer. Rows arrive in roughly time order, so DuckDB's
 * per-row-group min/max (zone maps) on {@code timestamp} serve the dashboard's time-range
 * queries without an index.
 */
public final class Migrations {

	/** Every migration, in the order applied. */
	public static final List<Migration> ALL = List.of(new Migration(1, "create " + PricesTable.NAME, """
			CREATE TABLE %s (
				%s VARCHAR NOT NULL,
				%s VARCHAR NOT NULL,
				%s VARCHAR NOT NULL,
				%s DOUBLE NOT NULL,
				%s DOUBLE,
				%s DOUBLE,
				%s DOUBLE,
				%s VARCHAR NOT NULL,
				%s TIMESTAMP NOT NULL,
				%s TIMESTAMP NOT NULL,
				%s TIMESTAMP NOT NULL
			)""".formatted(table())));

	private Migrations() {
	}

	private static Object[] table() {
		List<String> names = new ArrayList<>(PricesTable.COLUMNS);
		names.addFirst(PricesTable.NAME);
		return names.toArray();
	}

	/**
	 * Applies the migrations this file lacks, inside the caller's transaction.
	 * @param connection a read-write connection
	 * @param now when, for {@code schema_version.applied_at}
	 * @return the versions applied now, in order
	 * @throws SQLException if a migration fails
	 */
	public static List<Integer> apply(Connection connection, Instant now) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS schema_version "
					+ "(version INTEGER NOT NULL, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
			Set<Integer> applied = new HashSet<>();
			try (ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
				while (rows.next()) {
					applied.add(rows.getInt(1));
				}
			}
			List<Migration> missing = ALL.stream()
				.filter((migration) -> !applied.contains(migration.version()))
				.toList();
			for (Migration migration : missing) {
				statement.execute(migration.sql());
				try (PreparedStatement record = connection
					.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
					record.setInt(1, migration.version());
					record.setString(2, migration.description());
					record.setObject(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
					record.executeUpdate();
				}
			}
			return missing.stream().map(Migration::version).toList();
		}
	}

	/**
	 * One schema change.
	 *
	 * @param version unique, increasing
	 * @param description what it does, for {@code schema_version}
	 * @param sql the DDL
	 */
	public record Migration(int version, String description, String sql) {
	}

}
