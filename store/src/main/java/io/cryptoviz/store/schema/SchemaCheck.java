package io.cryptoviz.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The columns of {@link PricesTable} the reads name. Migration 1, the only one so far,
 * creates them all; a file that lacks one was written by something older or other than
 * the consumer (by hand, a build from before the migrations, another tool). A read that
 * fails is checked against this list, so such a file says what it lacks instead of
 * showing DuckDB's binder error.
 */
public final class SchemaCheck {

	static final List<String> COLUMNS_READ = List.of(PricesTable.ASSET_ID, PricesTable.NAME_COLUMN, PricesTable.SYMBOL,
			PricesTable.PRICE, PricesTable.PERCENT_CHANGE_24H, PricesTable.MARKET_CAP, PricesTable.VOLUME_24H,
			PricesTable.SOURCE, PricesTable.TIMESTAMP, PricesTable.INGESTED_AT);

	private SchemaCheck() {
	}

	/**
	 * @param connection an open connection to the store
	 * @return what the table lacks, as a sentence for the page and the log, or null if it
	 * has every column read (or the catalog itself cannot be read)
	 */
	public static @Nullable String missingColumns(Connection connection) {
		Set<String> present = new HashSet<>();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT lower(column_name) FROM information_schema.columns WHERE table_name = ?")) {
			statement.setString(1, PricesTable.NAME);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					present.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			return null;
		}
		List<String> missing = COLUMNS_READ.stream().filter(column -> !present.contains(column)).toList();
		if (present.isEmpty() || missing.isEmpty()) {
			return null;
		}
		return PricesTable.NAME + " has no column " + String.join(", ", missing)
				+ ", which the dashboard reads: the file was written by an older or different schema";
	}

	/**
	 * @param message DuckDB's error message
	 * @return whether it says the table does not exist yet
	 */
	public static boolean isMissingTable(String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		return lower.contains(PricesTable.NAME) && lower.contains("does not exist");
	}

}
