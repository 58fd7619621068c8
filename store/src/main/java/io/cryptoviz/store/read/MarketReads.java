package io.cryptoviz.store.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.cryptoviz.model.Source;
import io.cryptoviz.store.schema.PricesTable;

/**
 * Every read the dashboard makes, each one query on the {@link ReadOnlyStore} (inside the
 * caller's {@link #burst} when there is one). Rows of sources outside the
 * {@link KnownSources} it is given are left out of every read rather than failing it.
 * Results are not cached here; the dashboard caches them.
 */
public final class MarketReads {

	// Newest row per asset since the bound: the file is in time order, so the bound (a
	// parameter, not a subquery, so DuckDB can use its zone maps) skips older row groups,
	// and assets the scraper stopped tracking drop out.
	private static final String ASSETS_SQL = """
			SELECT asset_id, arg_max(symbol, timestamp), arg_max(name, timestamp),
			       arg_max(market_cap, timestamp) FILTER (WHERE market_cap IS NOT NULL),
			       string_agg(DISTINCT source, ','), max(timestamp)
			FROM %s WHERE timestamp >= ? AND %s
			GROUP BY asset_id ORDER BY 4 DESC NULLS LAST, asset_id""";

	private static final String POINTS_SQL = "SELECT asset_id, count(*) FROM %s WHERE %s GROUP BY asset_id";

	private final ReadOnlyStore store;

	private final KnownSources known;

	private final SourceTally tally;

	private final String assetsSql;

	private final String pointsSql;

	/**
	 * @param store the file, opened read-only per burst
	 * @param known the source names whose rows are read; the rest are left out and each
	 * named once in the log
	 */
	public MarketReads(ReadOnlyStore store, KnownSources known) {
		this.store = store;
		this.known = known;
		this.tally = new SourceTally(known);
		this.assetsSql = ASSETS_SQL.formatted(PricesTable.NAME, known.sql());
		this.pointsSql = POINTS_SQL.formatted(PricesTable.NAME, known.sql());
	}

	/**
	 * Runs several reads on one connection; see {@link ReadOnlyStore#burst}.
	 * @param <R> what the reads produce
	 * @param reads calls to this object's reads
	 * @return what {@code reads} returned
	 */
	public <R> R burst(Supplier<R> reads) {
		return this.store.burst(reads);
	}

	/**
	 * @return exact row counts and time range per known source; empty when the table is
	 * empty
	 * @throws NotReadable if there is no file or table, the writer holds the file, or it
	 * cannot be read
	 */
	public Map<Source, SourceTally.Counts> sourceCounts() throws NotReadable {
		return this.store.read("counts", this.tally::read);
	}

	/**
	 * @param since ignore quotes older than this
	 * @return assets quoted since then, largest newest market cap first
	 * @throws NotReadable as for {@link #sourceCounts()}
	 */
	public List<Asset> assets(Instant since) throws NotReadable {
		return this.store.read("assets", c -> readAssets(c, since));
	}

	/**
	 * Prices averaged in SQL over time buckets of {@link PriceQuery#bucket()}.
	 * @param query assets, sources, window and resolution
	 * @return one series per asset (and per source if asked), in the query's asset order
	 * @throws NotReadable as for {@link #sourceCounts()}
	 */
	public List<PriceSeries> prices(PriceQuery query) throws NotReadable {
		return this.store.read("prices", c -> PriceReads.read(c, query));
	}

	/**
	 * One slice of a price export, uncached: see {@link PriceRowQuery}.
	 * @param query asset, sources, window and bucket
	 * @return the rows, oldest first, sources in name order within a time
	 * @throws NotReadable as for {@link #sourceCounts()}
	 */
	public List<PriceRow> priceRows(PriceRowQuery query) throws NotReadable {
		return this.store.read("price rows", c -> PriceReads.rows(c, query));
	}

	/**
	 * @param assetIds CoinGecko ids, at least one
	 * @param since ignore quotes older than this
	 * @return the newest price per asset and source
	 * @throws NotReadable as for {@link #sourceCounts()}
	 */
	public List<SourcePrice> latestPrices(List<String> assetIds, Instant since) throws NotReadable {
		return this.store.read("latest prices", c -> PriceReads.latest(c, assetIds, since, this.known));
	}

	/**
	 * @param query filter, sort and page
	 * @return one page of stored quotes
	 * @throws NotReadable as for {@link #sourceCounts()}
	 */
	public List<QuoteRow> quotes(QuoteQuery query) throws NotReadable {
		return this.store.read("quotes", c -> PriceReads.quotes(c, query));
	}

	/**
	 * Scans the whole table, which the pages do not need; the API's asset list does.
	 * @return stored quotes per asset id, all sources together
	 * @throws NotReadable as for {@link #sourceCounts()}
	 */
	public Map<String, Long> pointsPerAsset() throws NotReadable {
		return this.store.read("points per asset", connection -> {
			Map<String, Long> points = new LinkedHashMap<>();
			try (PreparedStatement statement = connection.prepareStatement(this.pointsSql);
					ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					points.put(rows.getString(1), rows.getLong(2));
				}
			}
			return Map.copyOf(points);
		});
	}

	private List<Asset> readAssets(Connection connection, Instant since) throws SQLException {
		Map<String, Asset> assets = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(this.assetsSql)) {
			Sql.bind(statement, 1, since);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					SortedSet<Source> sources = new TreeSet<>();
					sources.addAll(Sql.sources(rows.getString(5)));
					assets.put(rows.getString(1), new Asset(rows.getString(1), rows.getString(2), rows.getString(3),
							Sql.nullableDouble(rows, 4), sources, Sql.instant(rows, 6)));
				}
			}
		}
		return List.copyOf(assets.values());
	}

}
