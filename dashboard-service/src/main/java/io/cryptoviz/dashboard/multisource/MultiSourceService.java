package io.cryptoviz.dashboard.multisource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.cryptoviz.dashboard.base.DashboardSettings;
import io.cryptoviz.dashboard.base.Freshness;
import io.cryptoviz.dashboard.base.source.CatalogEntry;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.store.read.PriceQuery;
import io.cryptoviz.store.read.QuoteQuery;
import io.cryptoviz.store.read.QuoteRow;
import io.cryptoviz.store.read.SourcePrice;
import io.cryptoviz.dashboard.base.store.StoreOverview;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.model.Source;

import org.springframework.stereotype.Service;

/**
 * Builds the Multi-Source Dashboard from the store: resolves the query against the
 * tracked assets and the data's time range, reads downsampled prices, and derives the
 * charts of the chosen mode, the spread table and the KPIs.
 */
@Service
public class MultiSourceService {

	// The spread table compares each source's newest price; a source silent for a day
	// has nothing current to compare.
	private static final Duration SPREAD_WINDOW = Duration.ofDays(1);

	/**
	 * A source's status card is green under 10 minutes since its newest quote, yellow
	 * under 60, red after: the original's thresholds, wider than the pipeline-wide
	 * {@code cryptoviz.dashboard.freshness} because one late provider is not an outage.
	 */
	public static final DashboardSettings.Freshness SOURCE_STATUS = new DashboardSettings.Freshness(
			Duration.ofMinutes(10), Duration.ofMinutes(60));

	private final MarketData market;

	private final Clock clock;

	private final DashboardSettings settings;

	private final SourceCatalog catalog;

	MultiSourceService(MarketData market, Clock clock, DashboardSettings settings, SourceCatalog catalog) {
		this.market = market;
		this.clock = clock;
		this.settings = settings;
		this.catalog = catalog;
	}

	/**
	 * @return the sources the filters offer and the charts colour
	 */
	public SourceCatalog catalog() {
		return this.catalog;
	}

	/**
	 * @param query the view to build
	 * @return the data, or why there is none
	 */
	public StoreResult<DashboardData> load(DashboardQuery query) {
		// One connection for the whole page: each open of the file costs about as much as
		// a
		// query.
		return this.market.burst(() -> this.market.overview()
			.then(overview -> this.market.assets().then(catalog -> build(query, overview, catalog))));
	}

	/**
	 * One page of the recent-data grid, sorted in SQL.
	 * @param data the shown view
	 * @param sort sort column
	 * @param descending direction
	 * @param offset rows to skip
	 * @param limit rows to return
	 * @return the rows, or none when the store is not readable right now
	 */
	public Stream<QuoteRow> quotes(DashboardData data, QuoteQuery.Sort sort, boolean descending, int offset,
			int limit) {
		if (data.selected().isEmpty()) {
			return Stream.empty();
		}
		List<String> ids = data.selected().stream().map(Asset::assetId).toList();
		QuoteQuery query = new QuoteQuery(ids, this.catalog.resolve(data.query().sources()), data.from(), data.to(),
				sort, descending, offset, limit);
		return this.market.quotes(query).orElse(List.of()).stream();
	}

	private StoreResult<DashboardData> build(DashboardQuery query, StoreOverview overview, List<Asset> catalog) {
		Map<String, Asset> byId = catalog.stream().collect(Collectors.toMap(Asset::assetId, Function.identity()));
		List<Asset> selected = query.cryptos().stream().filter(byId::containsKey).map(byId::get).toList();
		List<String> unknown = query.cryptos().stream().filter(id -> !byId.containsKey(id)).toList();
		if (selected.isEmpty()) {
			selected = catalog.stream().limit(DashboardQuery.DEFAULT_CRYPTOS).toList();
		}
		Instant now = this.clock.instant();
		Instant to = (query.period() == Period.CUSTOM)
				? min(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), overview.newest())
				: max(now, overview.newest());
		Instant from = switch (query.period()) {
			case ALL -> overview.first();
			case CUSTOM -> max(query.from().atStartOfDay(ZoneOffset.UTC).toInstant(), overview.first());
			default -> to.minus(query.period().length().orElseThrow());
		};
		if (to.isBefore(from)) {
			to = from;
		}
		List<Asset> shown = selected;
		Instant start = from;
		Instant end = to;
		List<String> ids = shown.stream().map(Asset::assetId).toList();
		PriceQuery prices = new PriceQuery(ids, this.catalog.resolve(query.sources()), start, end,
				this.settings.maxPoints(), query.mode() == DisplayMode.COMPARE);
		return this.market.prices(prices)
			.then(series -> this.market.latestPrices(ids, overview.newest().minus(SPREAD_WINDOW))
				.map(latest -> new DashboardData(query, catalog, shown, unknown, overview, start, end, now,
						Freshness.of(overview.newest(), now, this.settings.freshness()),
						overview.activeSources(now, this.settings.freshness().stale()),
						ChartPlans.plan(query.mode(), shown, series, this.catalog), spreads(shown, overview, latest))));
	}

	// One column per source that has data; every source is compared, whichever the
	// filter shows.
	private PriceGaps spreads(List<Asset> assets, StoreOverview overview, List<SourcePrice> latest) {
		List<CatalogEntry> columns = overview.sources()
			.stream()
			.flatMap(stats -> this.catalog.entry(stats.source()).stream())
			.toList();
		List<Source> names = columns.stream().map(CatalogEntry::source).toList();
		SpreadMethod method = SpreadMethod.forCount(columns.size());
		List<SpreadRow> rows = new ArrayList<>();
		for (Asset asset : assets) {
			Map<Source, Double> prices = new HashMap<>();
			latest.stream()
				.filter(p -> p.assetId().equals(asset.assetId()))
				.forEach(p -> prices.put(p.source(), p.price()));
			rows.add(SpreadRow.of(asset, names, method, prices));
		}
		rows.sort(Comparator.comparingDouble(SpreadRow::magnitude).reversed());
		return new PriceGaps(columns, method, rows);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
