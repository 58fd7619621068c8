package io.cryptoviz.scraper.backfill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.tracked.TrackedAssets;
import io.cryptoviz.scraper.coingecko.CoinGeckoChart;

/**
 * Turns {@code market_chart} answers into ordinary CoinGecko quotes. The 5-minute day
 * wins where it overlaps the hourly days, so the hourly series is cut at the first
 * 5-minute point and equal timestamps appear once. Market cap and volume are taken from
 * the point with the same timestamp; the chart has no 24 h change, so it stays null.
 */
final class ChartQuotes {

	/**
	 * @param quotes valid quotes, oldest first
	 * @param rejected points dropped because they make no valid quote
	 */
	record Result(List<Quote> quotes, int rejected) {
	}

	private ChartQuotes() {
	}

	static Result merge(TrackedAssets.Asset asset, CoinGeckoChart fiveMinute, @Nullable CoinGeckoChart hourly,
			Instant fetchedAt) {
		TreeMap<Long, Double> prices = new TreeMap<>(values(fiveMinute.prices()));
		Map<Long, Double> caps = new HashMap<>(values(fiveMinute.marketCaps()));
		Map<Long, Double> volumes = new HashMap<>(values(fiveMinute.totalVolumes()));
		if (hourly != null) {
			long cut = prices.isEmpty() ? Long.MAX_VALUE : prices.firstKey();
			values(hourly.prices()).forEach((time, price) -> {
				if (time < cut) {
					prices.putIfAbsent(time, price);
				}
			});
			values(hourly.marketCaps()).forEach(caps::putIfAbsent);
			values(hourly.totalVolumes()).forEach(volumes::putIfAbsent);
		}
		List<Quote> quotes = new ArrayList<>(prices.size());
		int rejected = 0;
		for (Map.Entry<Long, Double> point : prices.entrySet()) {
			try {
				if (point.getValue() == null) {
					throw new IllegalArgumentException("price is null");
				}
				quotes.add(new Quote(asset.id(), asset.symbol(), asset.name(), point.getValue(), null,
						caps.get(point.getKey()), volumes.get(point.getKey()), Source.COINGECKO,
						Instant.ofEpochMilli(point.getKey()), fetchedAt));
			}
			catch (IllegalArgumentException ex) {
				rejected++;
			}
		}
		return new Result(quotes, rejected);
	}

	private static Map<Long, @Nullable Double> values(@Nullable List<@Nullable List<@Nullable Double>> pairs) {
		Map<Long, @Nullable Double> values = new HashMap<>();
		if (pairs == null) {
			return values;
		}
		for (List<@Nullable Double> pair : pairs) {
			if (pair != null && pair.size() >= 2 && pair.get(0) != null) {
				values.put(pair.get(0).longValue(), pair.get(1));
			}
		}
		return values;
	}

}
