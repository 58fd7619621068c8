package io.cryptoviz.dashboard.base.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.cryptoviz.model.Source;

import org.springframework.stereotype.Service;

/**
 * Everything the pages and the REST API read from the store. Each method is one short
 * read-only burst, cached per distinct argument for
 * {@code cryptoviz.dashboard.cache-ttl}, and returns a {@link StoreResult} instead of
 * throwing when there is no data yet or the consumer holds the lock. Assets are always
 * identified by {@code asset_id}.
 */
@Service
public class MarketData {

	// Newest row per asset within the last day of data: the file is in time order, so the
	// bound (a parameter, not a subquery, so DuckDB can use its zone maps) skips older
	// row
	// groups, and assets the scraper stopped tracking drop out.
	private static final String ASSETS_SQL = """
			SELECT asset_id, arg_max(symbol, timestamp), arg_max(name, timestamp),
			       arg_max(market_cap, timestamp) FILTER (WHERE market_cap IS NOT NULL),
			       string_agg(DISTINCT source, ','), max(timestamp)
			FROM crypto_prices WHERE timestamp >= ? AND %s
			GROUP BY asset_id ORDER BY 4 DESC NULLS LAST, asset_id""";

	/** How far back from the newest quote an asset still counts as tracked. */
	static final Duration TRACKED_WINDOW = Duration.ofDays(1);

	private final ReadOnlyStore store;

	private final QueryCache cache;

	private final SourceTally tally;

	private final KnownSources known;

	MarketData(ReadOnlyStore store, QueryCache cache, SourceTally tally, KnownSources known) {
		this.store = store;
		this.cache = cache;
		this.tally = tally;
		this.known = known;
	}

	/**
	 * @return exact counts per source, the time range and the tracked assets, or waiting
	 * when the table is empty
	 */
	public StoreResult<StoreOverview> overview() {
		return burst(() -> counts().then(perSource -> perSource.isEmpty() ? noRowsYet()
				: assets(newest(perSource)).map(assets -> overview(perSource, assets))));
	}

	/**
	 * @return tracked assets, largest newest market cap first, or waiting when the table
	 * is empty, as when there is no file or table yet
	 */
	public StoreResult<List<Asset>> assets() {
		return counts().then(perSource -> perSource.isEmpty() ? noRowsYet() : assets(newest(perSource)));
	}

	/**
	 * Prices averaged in SQL over time buckets of {@link PriceQuery#bucket()}, so no
	 * series exceeds {@code maxPoints} whatever the period.
	 * @param query assets, sources, window and resolution
	 * @return one series per asset (and per source if asked), in the query's asset order
	 */
	public StoreResult<List<PriceSeries>> prices(PriceQuery query) {
		return this.cache.get(query, () -> this.store.read("prices", c -> PriceReads.read(c, query)));
	}

	/**
	 * @param assetIds CoinGecko ids
	 * @param since ignore quotes older than this
	 * @return the newest price per asset and source
	 */
	public StoreResult<List<SourcePrice>> latestPrices(List<String> assetIds, Instant since) {
		if (assetIds.isEmpty()) {
			return new StoreResult.Ready<>(List.of());
		}
		List<Object> key = List.of("latest", List.copyOf(assetIds), since);
		return this.cache.get(key,
				() -> this.store.read("latest prices", c -> PriceReads.latest(c, assetIds, since, this.known)));
	}

	/**
	 * @param query filter, sort and page
	 * @return one page of stored quotes
	 */
	public StoreResult<List<QuoteRow>> quotes(QuoteQuery query) {
		return this.cache.get(query, () -> this.store.read("quotes", c -> PriceReads.quotes(c, query)));
	}

	/**
	 * Runs several reads as one burst: every read inside that misses the cache shares one
	 * read-only connection, opened on the first miss (with the usual lock-conflict
	 * retries) and closed when {@code reads} returns. Opening the file costs more than a
	 * short query, so a page that needs four reads should make them in one burst. Keep
	 * {@code reads} to store reads and cheap computation: the consumer cannot write while
	 * the connection is open.
	 * @param <T> what the reads produce
	 * @param reads calls to this object's read methods
	 * @return what {@code reads} returned
	 */
	public <T> StoreResult<T> burst(Supplier<StoreResult<T>> reads) {
		return this.store.burst(reads);
	}

	/**
	 * Drops every cached result, so the next reads go to the file (tests, benchmarks).
	 */
	public void evictCache() {
		this.cache.clear();
	}

	private StoreResult<Map<Source, SourceTally.Counts>> counts() {
		return this.cache.get("counts", () -> this.store.read("counts", this.tally::read));
	}

	private StoreResult<List<Asset>> assets(Instant newest) {
		Instant since = newest.minus(TRACKED_WINDOW);
		return this.cache.get(List.of("assets", since),
				() -> this.store.read("assets", c -> readAssets(c, since, this.known)));
	}

	private static <T> StoreResult<T> noRowsYet() {
		return new StoreResult.Waiting<>("crypto_prices has no rows yet");
	}

	private static Instant newest(Map<Source, SourceTally.Counts> perSource) {
		return perSource.values().stream().map(SourceTally.Counts::newest).max(Instant::compareTo).orElseThrow();
	}

	private static StoreOverview overview(Map<Source, SourceTally.Counts> perSource, List<Asset> assets) {
		List<SourceStats> sources = perSource.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new SourceStats(e.getKey(), e.getValue().records(),
					(int) assets.stream().filter(a -> a.sources().contains(e.getKey())).count(), e.getValue().first(),
					e.getValue().newest()))
			.toList();
		long total = sources.stream().mapToLong(SourceStats::records).sum();
		Instant first = sources.stream().map(SourceStats::first).min(Instant::compareTo).orElseThrow();
		return new StoreOverview(total, assets.size(), sources, first, newest(perSource));
	}

	private static List<Asset> readAssets(Connection connection, Instant since, KnownSources known)
			throws SQLException {
		Map<String, Asset> assets = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(ASSETS_SQL.formatted(known.sql()))) {
			Sql.bind(statement, 1, since);
			readAssetRows(statement, assets);
		}
		return List.copyOf(assets.values());
	}

	private static void readAssetRows(PreparedStatement statement, Map<String, Asset> assets) throws SQLException {
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				java.util.SortedSet<Source> sources = new java.util.TreeSet<>();
				sources.addAll(Sql.sources(rows.getString(5)));
				assets.put(rows.getString(1), new Asset(rows.getString(1), rows.getString(2), rows.getString(3),
						Sql.nullableDouble(rows, 4), sources, Sql.instant(rows, 6)));
			}
		}
	}

}
