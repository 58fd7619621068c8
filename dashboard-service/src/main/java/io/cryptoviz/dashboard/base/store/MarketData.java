package io.cryptoviz.dashboard.base.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.cryptoviz.model.Source;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.store.read.MarketReads;
import io.cryptoviz.store.read.PriceQuery;
import io.cryptoviz.store.read.PriceRow;
import io.cryptoviz.store.read.PriceRowQuery;
import io.cryptoviz.store.read.PriceSeries;
import io.cryptoviz.store.read.QuoteQuery;
import io.cryptoviz.store.read.QuoteRow;
import io.cryptoviz.store.read.SourcePrice;
import io.cryptoviz.store.read.SourceTally;
import io.cryptoviz.store.schema.PricesTable;

import org.springframework.stereotype.Service;

/**
 * Everything the pages and the REST API read from the store. Each method is one short
 * read-only burst through the store module's {@link MarketReads}, cached per distinct
 * argument for {@code cryptoviz.dashboard.cache-ttl}, and returns a {@link StoreResult}
 * instead of throwing when there is no data yet or the consumer holds the lock. Assets
 * are always identified by {@code asset_id}.
 */
@Service
public class MarketData {

	/** How far back from the newest quote an asset still counts as tracked. */
	static final Duration TRACKED_WINDOW = Duration.ofDays(1);

	private final MarketReads reads;

	private final QueryCache cache;

	MarketData(MarketReads reads, QueryCache cache) {
		this.reads = reads;
		this.cache = cache;
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
		return this.cache.get(query, () -> StoreReads.result(() -> this.reads.prices(query)));
	}

	/**
	 * One slice of a price export. Not cached: an export reads each slice once, and
	 * caching a year of rows would hold exactly what streaming avoids holding.
	 * @param query asset, sources, window and bucket
	 * @return the rows, oldest first
	 */
	public StoreResult<List<PriceRow>> priceRows(PriceRowQuery query) {
		return StoreReads.result(() -> this.reads.priceRows(query));
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
		return this.cache.get(key, () -> StoreReads.result(() -> this.reads.latestPrices(assetIds, since)));
	}

	/**
	 * @param query filter, sort and page
	 * @return one page of stored quotes
	 */
	public StoreResult<List<QuoteRow>> quotes(QuoteQuery query) {
		return this.cache.get(query, () -> StoreReads.result(() -> this.reads.quotes(query)));
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
		return this.reads.burst(reads);
	}

	/**
	 * Drops every cached result, so the next reads go to the file (tests, benchmarks).
	 */
	public void evictCache() {
		this.cache.clear();
	}

	private StoreResult<Map<Source, SourceTally.Counts>> counts() {
		return this.cache.get("counts", () -> StoreReads.result(this.reads::sourceCounts));
	}

	private StoreResult<List<Asset>> assets(Instant newest) {
		Instant since = newest.minus(TRACKED_WINDOW);
		return this.cache.get(List.of("assets", since), () -> StoreReads.result(() -> this.reads.assets(since)));
	}

	private static <T> StoreResult<T> noRowsYet() {
		return new StoreResult.Waiting<>(PricesTable.NAME + " has no rows yet");
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

}
