package io.cryptoviz.dashboard.predictions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.store.read.PricePoint;
import io.cryptoviz.store.read.PriceQuery;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * Reads the raw quotes of some assets per source and turns them into one ml-core series
 * per asset. "All sources" is merged by ml-core per 5-minute bucket, so the models never
 * zig-zag between two providers' prices. This is the one place the store's rows become
 * ml-core's {@link PriceSeries}, the only series type on the predictions path: the
 * analysis, the API's mapping, the page's chart and its indicator panels all read it.
 */
final class Prices {

	/** The scraper's polling interval: one merged point per poll. */
	static final Duration MERGE_BUCKET = Duration.ofMinutes(5);

	private final MarketData market;

	private final SourceCatalog catalog;

	Prices(MarketData market, SourceCatalog catalog) {
		this.market = market;
		this.catalog = catalog;
	}

	/**
	 * @param assets the assets, at least one
	 * @param selection the sources to read
	 * @param lookback how far back from the newest quote of these assets
	 * @return one series per asset that has at least one quote; assets without any are
	 * absent
	 */
	StoreResult<Map<String, PriceSeries>> read(List<Asset> assets, SourceSelection selection, Duration lookback) {
		Instant to = assets.stream().map(Asset::newest).max(Instant::compareTo).orElseThrow();
		Instant from = to.minus(lookback);
		// One-minute buckets (the read path's finest) keep every 5-minute quote as it is.
		int rawPoints = (int) lookback.toMinutes() + 2;
		PriceQuery query = new PriceQuery(assets.stream().map(Asset::assetId).toList(), this.catalog.resolve(selection),
				from, to, rawPoints, true);
		return this.market.prices(query).map(series -> {
			Map<String, List<PriceSeries>> perSource = new LinkedHashMap<>();
			for (io.cryptoviz.store.read.PriceSeries one : series) {
				toSeries(one.points())
					.ifPresent(s -> perSource.computeIfAbsent(one.assetId(), id -> new ArrayList<>()).add(s));
			}
			Map<String, PriceSeries> merged = new LinkedHashMap<>();
			perSource.forEach((id, list) -> merged.put(id,
					selection.isAll() ? PriceSeries.merge(list, MERGE_BUCKET) : list.getFirst()));
			return merged;
		});
	}

	private static Optional<PriceSeries> toSeries(List<PricePoint> points) {
		long[] times = new long[points.size()];
		double[] values = new double[points.size()];
		int n = 0;
		for (PricePoint point : points) {
			// ml-core rejects non-positive prices; a zero quote is a provider glitch.
			if (point.price() > 0) {
				times[n] = point.time().toEpochMilli();
				values[n++] = point.price();
			}
		}
		if (n == 0) {
			return Optional.empty();
		}
		return Optional.of(PriceSeries.of(Arrays.copyOf(times, n), Arrays.copyOf(values, n)));
	}

}
