package io.cryptoviz.dashboard.base.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * How many quotes the store holds per asset, for the API's asset list. A separate reader
 * rather than part of {@link MarketData}'s asset list because it scans the whole table,
 * which the pages do not need; it is cached like every other read.
 */
@Service
public class AssetPoints {

	private static final String SQL = "SELECT asset_id, count(*) FROM crypto_prices WHERE %s GROUP BY asset_id";

	private final ReadOnlyStore store;

	private final QueryCache cache;

	private final String sql;

	AssetPoints(ReadOnlyStore store, QueryCache cache, KnownSources known) {
		this.store = store;
		this.cache = cache;
		this.sql = SQL.formatted(known.sql());
	}

	/**
	 * @return stored quotes per asset id, all sources together
	 */
	public StoreResult<Map<String, Long>> perAsset() {
		return this.cache.get("points per asset", () -> this.store.read("points per asset", connection -> {
			Map<String, Long> points = new LinkedHashMap<>();
			try (PreparedStatement statement = connection.prepareStatement(this.sql);
					ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					points.put(rows.getString(1), rows.getLong(2));
				}
			}
			return Map.copyOf(points);
		}));
	}

}
