package io.cryptoviz.dashboard.multisource;

import io.cryptoviz.store.read.Asset;
import org.jspecify.annotations.Nullable;

/**
 * The newest price of one crypto at each source and the gap between them.
 *
 * @param asset the crypto
 * @param coinGecko newest CoinGecko price, or null
 * @param coinMarketCap newest CoinMarketCap price, or null
 * @param gap CoinMarketCap minus CoinGecko in USD, or null without both
 * @param gapPercent the gap relative to the mean of both prices, or null
 */
public record SpreadRow(Asset asset, @Nullable Double coinGecko, @Nullable Double coinMarketCap, @Nullable Double gap,
		@Nullable Double gapPercent) {

	static SpreadRow of(Asset asset, @Nullable Double coinGecko, @Nullable Double coinMarketCap) {
		if (coinGecko == null || coinMarketCap == null) {
			return new SpreadRow(asset, coinGecko, coinMarketCap, null, null);
		}
		double gap = coinMarketCap - coinGecko;
		return new SpreadRow(asset, coinGecko, coinMarketCap, gap, ChartPlans.gapPercent(coinGecko, coinMarketCap));
	}

	/**
	 * @return the size of the gap in percent, -1 without both prices (sorts last)
	 */
	double magnitude() {
		return (this.gapPercent == null) ? -1 : Math.abs(this.gapPercent);
	}

}
