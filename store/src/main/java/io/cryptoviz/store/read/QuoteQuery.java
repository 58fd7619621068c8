package io.cryptoviz.store.read;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.cryptoviz.model.Source;

/**
 * One page of stored quotes, sorted in SQL.
 *
 * @param assetIds CoinGecko ids, at least one
 * @param sources sources to include, at least one
 * @param from start, inclusive
 * @param to end, inclusive
 * @param sort the sort column
 * @param descending sort direction
 * @param offset rows to skip
 * @param limit rows to return, 1 to 1000
 */
public record QuoteQuery(List<String> assetIds, Set<Source> sources, Instant from, Instant to, Sort sort,
		boolean descending, int offset, int limit) {

	public QuoteQuery {
		assetIds = List.copyOf(assetIds);
		sources = Set.copyOf(sources);
		if (assetIds.isEmpty() || sources.isEmpty()) {
			throw new IllegalArgumentException("at least one asset and one source are needed");
		}
		if (offset < 0 || limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("offset must be >= 0 and limit 1..1000, were " + offset + ", " + limit);
		}
	}

	/** Sortable columns; the SQL column names are a closed list, never user text. */
	public enum Sort {

		TIMESTAMP("timestamp"), ASSET("asset_id"), SOURCE("source"), PRICE("price"), CHANGE_24H("percent_change_24h"),
		MARKET_CAP("market_cap"), VOLUME_24H("volume_24h");

		private final String column;

		Sort(String column) {
			this.column = column;
		}

		String column() {
			return this.column;
		}

	}

}
