package io.cryptoviz.dashboard.multisource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cryptoviz.dashboard.base.source.CatalogEntry;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.store.read.PricePoint;
import io.cryptoviz.store.read.PriceSeries;
import io.cryptoviz.model.Source;

/** Turns downsampled series into the charts of each display mode. */
final class ChartPlans {

	private ChartPlans() {
	}

	static List<ChartData> plan(DisplayMode mode, List<Asset> assets, List<PriceSeries> series, SourceCatalog catalog) {
		return switch (mode) {
			case SHARED -> List.of(new ChartData("all", "USD", ChartData.Unit.USD,
					assets.stream().map(a -> ChartData.Line.price(a.symbol(), points(series, a))).toList()));
			case PERCENT -> List.of(new ChartData("all", "%", ChartData.Unit.PERCENT,
					assets.stream()
						.map(a -> ChartData.Line.price(a.symbol(), percentFromStart(points(series, a))))
						.toList()));
			case SEPARATE -> assets.stream()
				.map(a -> new ChartData(a.assetId(), a.label(), ChartData.Unit.USD,
						List.of(ChartData.Line.price(a.symbol(), points(series, a)))))
				.toList();
			case COMPARE -> assets.stream().map(a -> compare(a, series, catalog)).toList();
		};
	}

	// One line per source in its catalog colour, then the gap of two or the spread of
	// more against their median, over the sources this asset has in the window.
	private static ChartData compare(Asset asset, List<PriceSeries> series, SourceCatalog catalog) {
		List<ChartData.Line> lines = new ArrayList<>();
		Map<CatalogEntry, List<PricePoint>> bySource = new LinkedHashMap<>();
		for (PriceSeries s : series) {
			if (s.assetId().equals(asset.assetId()) && s.source() != null) {
				catalog.entry(s.source()).ifPresent(entry -> {
					bySource.put(entry, s.points());
					lines.add(new ChartData.Line(entry.label(), s.points(), null, entry.color()));
				});
			}
		}
		List<CatalogEntry> present = List.copyOf(bySource.keySet());
		if (present.size() == 2) {
			lines.add(new ChartData.Line(present.get(1).shortName() + " vs " + present.get(0).shortName(),
					gap(bySource.get(present.get(0)), bySource.get(present.get(1))), SpreadMethod.PAIR, null));
		}
		else if (present.size() > 2) {
			lines.add(new ChartData.Line("", medianSpread(List.copyOf(bySource.values())), SpreadMethod.MEDIAN, null));
		}
		return new ChartData(asset.assetId(), asset.label(), ChartData.Unit.USD, lines);
	}

	private static List<PricePoint> points(List<PriceSeries> series, Asset asset) {
		return series.stream()
			.filter(s -> s.assetId().equals(asset.assetId()))
			.findFirst()
			.map(PriceSeries::points)
			.orElse(List.of());
	}

	static List<PricePoint> percentFromStart(List<PricePoint> points) {
		if (points.isEmpty()) {
			return points;
		}
		double start = points.getFirst().price();
		return points.stream().map(p -> new PricePoint(p.time(), 100 * (p.price() / start - 1))).toList();
	}

	// The second source minus the first relative to their mean, per time bucket where
	// both have a value; the same definition as the spread table.
	static List<PricePoint> gap(List<PricePoint> first, List<PricePoint> second) {
		Map<Instant, Double> reference = new HashMap<>();
		first.forEach(p -> reference.put(p.time(), p.price()));
		return second.stream()
			.filter(p -> reference.containsKey(p.time()))
			.map(p -> new PricePoint(p.time(), gapPercent(reference.get(p.time()), p.price())))
			.toList();
	}

	static double gapPercent(double first, double second) {
		return 100 * (second - first) / ((first + second) / 2);
	}

	/**
	 * Per time bucket where at least two sources have a value, the highest minus the
	 * lowest of them relative to their median; the same definition as the spread table.
	 */
	static List<PricePoint> medianSpread(List<List<PricePoint>> perSource) {
		Map<Instant, List<Double>> byTime = new TreeMap<>();
		perSource.forEach(
				points -> points.forEach(p -> byTime.computeIfAbsent(p.time(), t -> new ArrayList<>()).add(p.price())));
		return byTime.entrySet()
			.stream()
			.filter(e -> e.getValue().size() >= 2)
			.map(e -> new PricePoint(e.getKey(), spreadPercent(e.getValue())))
			.toList();
	}

	/**
	 * @param prices two or more prices
	 * @return (max − min) / median, in percent
	 */
	static double spreadPercent(List<Double> prices) {
		List<Double> sorted = prices.stream().sorted().toList();
		int n = sorted.size();
		double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return 100 * (sorted.getLast() - sorted.getFirst()) / median;
	}

}
