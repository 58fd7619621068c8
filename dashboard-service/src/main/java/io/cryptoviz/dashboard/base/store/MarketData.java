package io.cryptoviz.dashboard.base.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	private static final String SOURCES_SQL = """
			SELECT source, count(*), count(DISTINCT asset_id), min(timestamp), max(timestamp)
			FROM crypto_prices GROUP BY source ORDER BY source""";

	private static final String TRACKED_SQL = """
			SELECT count(DISTINCT asset_id) FROM crypto_prices
			WHERE timestamp >= (SELECT max(timestamp) FROM crypto_prices) - INTERVAL 1 DAY""";

	// Newest row per asset within the last day of data: cheap (the file is in time order,
	// so DuckDB skips older row groups) and it drops assets the scraper stopped tracking.
	private static final String ASSETS_SQL = """
			SELECT asset_id, arg_max(symbol, timestamp), arg_max(name, timestamp),
			       arg_max(market_cap, timestamp) FILTER (WHERE market_cap IS NOT NULL),
			       string_agg(DISTINCT source, ','), max(timestamp)
			FROM crypto_prices
			WHERE timestamp >= (SELECT max(timestamp) FROM crypto_prices) - INTERVAL 1 DAY
			GROUP BY asset_id ORDER BY 4 DESC NULLS LAST, asset_id""";

	private final ReadOnlyStore store;

	private final QueryCache cache;

	MarketData(ReadOnlyStore store, QueryCache cache) {
		this.store = store;
		this.cache = cache;
	}

	/**
	 * @return counts and time range, or waiting when the table is empty
	 */
	public StoreResult<StoreOverview> overview() {
		return this.cache.get("overview", () -> this.store.read("overview", this::readOverview))
			.then(found -> found.<StoreResult<StoreOverview>>map(StoreResult.Ready::new)
				.orElseGet(() -> new StoreResult.Waiting<>("crypto_prices has no rows yet")));
	}

	/**
	 * @return tracked assets, largest newest market cap first
	 */
	public StoreResult<List<Asset>> assets() {
		return this.cache.get("assets", () -> this.store.read("assets", this::readAssets));
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
		return this.cache.get(key, () -> this.store.read("latest prices", c -> PriceReads.latest(c, assetIds, since)));
	}

	/**
	 * @param query filter, sort and page
	 * @return one page of stored quotes
	 */
	public StoreResult<List<QuoteRow>> quotes(QuoteQuery query) {
		return this.cache.get(query, () -> this.store.read("quotes", c -> PriceReads.quotes(c, query)));
	}

	/**
	 * Drops every cached result, so the next reads go to the file (tests, benchmarks).
	 */
	public void evictCache() {
		this.cache.clear();
	}

	private Optional<StoreOverview> readOverview(Connection connection) throws SQLException {
		List<SourceStats> sources = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(SOURCES_SQL);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				sources.add(new SourceStats(Sql.source(rows.getString(1)), rows.getLong(2), rows.getInt(3),
						Sql.instant(rows, 4), Sql.instant(rows, 5)));
			}
		}
		if (sources.isEmpty()) {
			return Optional.empty();
		}
		int tracked;
		try (PreparedStatement statement = connection.prepareStatement(TRACKED_SQL);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			tracked = rows.getInt(1);
		}
		long total = sources.stream().mapToLong(SourceStats::records).sum();
		Instant first = sources.stream().map(SourceStats::first).min(Instant::compareTo).orElseThrow();
		Instant newest = sources.stream().map(SourceStats::newest).max(Instant::compareTo).orElseThrow();
		return Optional.of(new StoreOverview(total, tracked, sources, first, newest));
	}

	private List<Asset> readAssets(Connection connection) throws SQLException {
		Map<String, Asset> assets = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(ASSETS_SQL);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				EnumSet<Source> sources = EnumSet.noneOf(Source.class);
				sources.addAll(Sql.sources(rows.getString(5)));
				assets.put(rows.getString(1), new Asset(rows.getString(1), rows.getString(2), rows.getString(3),
						Sql.nullableDouble(rows, 4), sources, Sql.instant(rows, 6)));
			}
		}
		return List.copyOf(assets.values());
	}

}
