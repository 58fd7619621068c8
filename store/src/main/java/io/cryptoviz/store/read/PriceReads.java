package io.cryptoviz.store.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cryptoviz.model.Source;
import io.cryptoviz.store.schema.PricesTable;
import org.jspecify.annotations.Nullable;

/** The parameterised price queries behind {@link MarketReads}. */
final class PriceReads {

	private PriceReads() {
	}

	// list_contains rather than IN: DuckDB turns IN into a chain of string comparisons
	// per
	// row, which cost a third of this query on a week of 100 assets. The asset filter
	// cannot prune row groups anyway (every group holds every asset); the timestamp
	// bounds do.
	static List<PriceSeries> read(Connection connection, PriceQuery query) throws SQLException {
		String sourceColumn = query.perSource() ? "source" : "NULL";
		String sql = """
				SELECT asset_id, %s AS src, time_bucket(to_seconds(?), timestamp) AS bucket, avg(price)
				FROM %s
				WHERE list_contains([%s], asset_id) AND source IN (%s) AND timestamp >= ? AND timestamp <= ?
				GROUP BY asset_id, src, bucket ORDER BY asset_id, src, bucket""".formatted(sourceColumn,
				PricesTable.NAME, Sql.placeholders(query.assetIds().size()), Sql.placeholders(query.sources().size()));
		Map<String, List<PricePoint>> points = new LinkedHashMap<>();
		Map<String, @Nullable Source> sourceOf = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, query.bucket().toSeconds());
			int next = Sql.bind(statement, 2, query.assetIds());
			next = Sql.bind(statement, next, query.sources());
			Sql.bind(statement, next, query.from());
			Sql.bind(statement, next + 1, query.to());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String source = rows.getString(2);
					String key = rows.getString(1) + "|" + source;
					sourceOf.putIfAbsent(key, (source == null) ? null : Sql.source(source));
					points.computeIfAbsent(key, k -> new ArrayList<>())
						.add(new PricePoint(Sql.instant(rows, 3), rows.getDouble(4)));
				}
			}
		}
		List<PriceSeries> series = new ArrayList<>();
		points.forEach((key, list) -> series
			.add(new PriceSeries(key.substring(0, key.indexOf('|')), sourceOf.get(key), list)));
		series.sort(Comparator.comparingInt((PriceSeries s) -> query.assetIds().indexOf(s.assetId()))
			.thenComparing(s -> (s.source() == null) ? "" : s.source().name()));
		return series;
	}

	// Ordered by time then source, so an export reads in the order it writes. The window
	// bounds let DuckDB skip row groups through the timestamp zone maps.
	static List<PriceRow> rows(Connection connection, PriceRowQuery query) throws SQLException {
		String time = (query.bucket() == null) ? "timestamp" : "time_bucket(to_seconds(?), timestamp)";
		String price = (query.bucket() == null) ? "price" : "avg(price)";
		String group = (query.bucket() == null) ? "" : "GROUP BY 1, 2";
		String sql = """
				SELECT %s AS t, source, %s FROM %s
				WHERE asset_id = ? AND source IN (%s) AND timestamp >= ? AND timestamp < ?
				%s ORDER BY 1, 2""".formatted(time, price, PricesTable.NAME, Sql.placeholders(query.sources().size()),
				group);
		List<PriceRow> rows = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int next = 1;
			if (query.bucket() != null) {
				statement.setLong(next++, query.bucket().toSeconds());
			}
			statement.setString(next++, query.assetId());
			next = Sql.bind(statement, next, query.sources());
			Sql.bind(statement, next, query.from());
			Sql.bind(statement, next + 1, query.to());
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.add(
							new PriceRow(Sql.instant(result, 1), Sql.source(result.getString(2)), result.getDouble(3)));
				}
			}
		}
		return rows;
	}

	static List<SourcePrice> latest(Connection connection, List<String> assetIds, Instant since, KnownSources known)
			throws SQLException {
		String sql = """
				SELECT asset_id, source, arg_max(price, timestamp), max(timestamp)
				FROM %s WHERE asset_id IN (%s) AND timestamp >= ? AND %s
				GROUP BY asset_id, source ORDER BY asset_id, source""".formatted(PricesTable.NAME,
				Sql.placeholders(assetIds.size()), known.sql());
		List<SourcePrice> prices = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int next = Sql.bind(statement, 1, assetIds);
			Sql.bind(statement, next, since);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					prices.add(new SourcePrice(rows.getString(1), Sql.source(rows.getString(2)), rows.getDouble(3),
							Sql.instant(rows, 4)));
				}
			}
		}
		return prices;
	}

	static List<QuoteRow> quotes(Connection connection, QuoteQuery query) throws SQLException {
		String direction = query.descending() ? "DESC NULLS LAST" : "ASC NULLS LAST";
		String sql = """
				SELECT asset_id, symbol, name, source, price, percent_change_24h, market_cap, volume_24h, timestamp
				FROM %s
				WHERE asset_id IN (%s) AND source IN (%s) AND timestamp >= ? AND timestamp <= ?
				ORDER BY %s %s, timestamp DESC, asset_id, source LIMIT ? OFFSET ?""".formatted(PricesTable.NAME,
				Sql.placeholders(query.assetIds().size()), Sql.placeholders(query.sources().size()),
				query.sort().column(), direction);
		List<QuoteRow> quotes = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int next = Sql.bind(statement, 1, query.assetIds());
			next = Sql.bind(statement, next, query.sources());
			Sql.bind(statement, next++, query.from());
			Sql.bind(statement, next++, query.to());
			statement.setInt(next++, query.limit());
			statement.setInt(next, query.offset());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					quotes.add(new QuoteRow(rows.getString(1), rows.getString(2), rows.getString(3),
							Sql.source(rows.getString(4)), rows.getDouble(5), Sql.nullableDouble(rows, 6),
							Sql.nullableDouble(rows, 7), Sql.nullableDouble(rows, 8), Sql.instant(rows, 9)));
				}
			}
		}
		return quotes;
	}

}
