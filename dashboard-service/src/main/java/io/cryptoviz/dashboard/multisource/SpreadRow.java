package io.cryptoviz.dashboard.multisource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cryptoviz.store.read.Asset;
import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * The newest price of one crypto at each source and how far apart they are.
 *
 * @param asset the crypto
 * @param prices newest price per source that has one
 * @param gap in USD: the second source minus the first ({@link SpreadMethod#PAIR}) or the
 * highest minus the lowest price ({@link SpreadMethod#MEDIAN}); null with fewer than two
 * prices
 * @param gapPercent the gap relative to the mean of two or the median of more, or null
 */
public record SpreadRow(Asset asset, Map<Source, Double> prices, @Nullable Double gap, @Nullable Double gapPercent) {

	public SpreadRow {
		prices = Map.copyOf(prices);
	}

	static SpreadRow of(Asset asset, List<Source> sources, SpreadMethod method, Map<Source, Double> prices) {
		Map<Source, Double> present = new LinkedHashMap<>();
		sources.stream().filter(prices::containsKey).forEach(source -> present.put(source, prices.get(source)));
		if (present.size() < 2) {
			return new SpreadRow(asset, present, null, null);
		}
		if (method == SpreadMethod.PAIR) {
			double first = present.get(sources.get(0));
			double second = present.get(sources.get(1));
			return new SpreadRow(asset, present, second - first, ChartPlans.gapPercent(first, second));
		}
		List<Double> values = new ArrayList<>(present.values());
		double range = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
				- values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		return new SpreadRow(asset, present, range, ChartPlans.spreadPercent(values));
	}

	/**
	 * @param source a source
	 * @return its newest price, or null
	 */
	public @Nullable Double price(Source source) {
		return this.prices.get(source);
	}

	/**
	 * @return the size of the gap in percent, -1 without two prices (sorts last)
	 */
	double magnitude() {
		return (this.gapPercent == null) ? -1 : Math.abs(this.gapPercent);
	}

}
