package io.cryptoviz.dashboard.multisource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cryptoviz.store.read.Asset;
import io.cryptoviz.store.read.PricePoint;
import io.cryptoviz.store.read.PriceSeries;
import io.cryptoviz.model.Source;

/** Turns downsampled series into the charts of each display mode. */
final class ChartPlans {

	private ChartPlans() {
	}

	static List<ChartData> plan(DisplayMode mode, List<Asset> assets, List<PriceSeries> series) {
		return switch (mode) {
			case SHARED -> List.of(new ChartData("all", "USD", ChartData.Unit.USD,
					assets.stream().map(a -> new ChartData.Line(a.symbol(), points(series, a), false)).toList()));
			case PERCENT -> List.of(new ChartData("all", "%", ChartData.Unit.PERCENT,
					assets.stream()
						.map(a -> new ChartData.Line(a.symbol(), percentFromStart(points(series, a)), false))
						.toList()));
			case SEPARATE -> assets.stream()
				.map(a -> new ChartData(a.assetId(), a.label(), ChartData.Unit.USD,
						List.of(new ChartData.Line(a.symbol(), points(series, a), false))))
				.toList();
			case COMPARE -> assets.stream().map(a -> compare(a, series)).toList();
		};
	}

	private static ChartData compare(Asset asset, List<PriceSeries> series) {
		List<ChartData.Line> lines = new ArrayList<>();
		Map<Source, List<PricePoint>> bySource = new HashMap<>();
		for (PriceSeries s : series) {
			if (s.assetId().equals(asset.assetId()) && s.source() != null) {
				bySource.put(s.source(), s.points());
				lines.add(
						new ChartData.Line(io.cryptoviz.dashboard.base.SourceLabels.of(s.source()), s.points(), false));
			}
		}
		if (bySource.size() == 2) {
			lines.add(new ChartData.Line("gap", gap(bySource.get(Source.COINGECKO), bySource.get(Source.COINMARKETCAP)),
					true));
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

	// CoinMarketCap minus CoinGecko relative to their mean, per time bucket where both
	// have
	// a value; the same definition as the spread table.
	static List<PricePoint> gap(List<PricePoint> coinGecko, List<PricePoint> coinMarketCap) {
		Map<Instant, Double> reference = new HashMap<>();
		coinGecko.forEach(p -> reference.put(p.time(), p.price()));
		return coinMarketCap.stream()
			.filter(p -> reference.containsKey(p.time()))
			.map(p -> new PricePoint(p.time(), gapPercent(reference.get(p.time()), p.price())))
			.toList();
	}

	static double gapPercent(double coinGecko, double coinMarketCap) {
		return 100 * (coinMarketCap - coinGecko) / ((coinGecko + coinMarketCap) / 2);
	}

}
