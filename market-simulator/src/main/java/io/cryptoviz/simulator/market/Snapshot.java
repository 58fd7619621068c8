package io.cryptoviz.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * One provider's view of an asset at its last refresh.
 *
 * @param asset the asset
 * @param updatedAt the provider's {@code last_updated}
 * @param price price in USD at {@code updatedAt}
 * @param history the provider's price a given time before {@code updatedAt}
 * @param high24h highest price over the last 24 hours
 * @param low24h lowest price over the last 24 hours
 * @param volume24h traded volume over the last 24 hours, USD
 * @param volume24hDayAgo the same figure one day earlier
 */
public record Snapshot(Asset asset, Instant updatedAt, double price, Function<Duration, Double> history, double high24h,
		double low24h, double volume24h, double volume24hDayAgo) {

	/** Price one period ago. */
	public double priceAgo(Duration ago) {
		return this.history.apply(ago);
	}

	/** Percent change of the price over the period, e.g. {@code -0.6} for -0.6 %. */
	public double percentChange(Duration over) {
		return (this.price / priceAgo(over) - 1) * 100;
	}

	public double marketCap() {
		return this.price * this.asset.circulatingSupply();
	}

	public double marketCapAgo(Duration ago) {
		return priceAgo(ago) * this.asset.circulatingSupply();
	}

}
