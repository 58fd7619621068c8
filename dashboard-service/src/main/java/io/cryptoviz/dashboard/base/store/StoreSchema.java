package io.cryptoviz.dashboard.base.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The columns of {@code crypto_prices} the dashboard's queries name. The consumer's
 * migration 1, the only one so far, creates them all; a file that lacks one was written
 * by something older or other than the consumer (by hand, a build from before the
 * migrations, another tool). A read that fails is checked against this list, so such a
 * file says what it lacks instead of showing DuckDB's binder error.
 */
final class StoreSchema {

	static final List<String> COLUMNS_READ = List.of("asset_id", "name", "symbol", "price", "percent_change_24h",
			"market_cap", "volume_24h", "source", "timestamp", "ingested_at");

	private StoreSchema() {
	}

	/**
	 * @param connection an open connection to the store
	 * @return what the table lacks, as a sentence for the page and the log, or null if it
	 * has every column read (or the catalog itself cannot be read)
	 */
	static @Nullable String missingColumns(Connection connection) {
		Set<String> present = new HashSet<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT lower(column_name) FROM information_schema.columns WHERE table_name = 'crypto_prices'");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				present.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			return null;
		}
		List<String> missing = COLUMNS_READ.stream().filter(column -> !present.contains(column)).toList();
		if (present.isEmpty() || missing.isEmpty()) {
			return null;
		}
		return "crypto_prices has no column " + String.join(", ", missing)
				+ ", which the dashboard reads: the file was written by an older or different schema";
	}

}
