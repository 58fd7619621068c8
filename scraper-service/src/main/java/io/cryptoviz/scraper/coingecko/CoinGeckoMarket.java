package io.cryptoviz.scraper.coingecko;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code /coins/markets}, only the fields the scraper uses. Everything is
 * nullable on purpose: the provider nulls numbers for new or illiquid listings, and the
 * quote's own validation decides what is acceptable.
 *
 * @param id CoinGecko id, e.g. {@code avalanche-2}
 * @param symbol ticker in lower case
 * @param name display name
 * @param currentPrice price in USD
 * @param marketCap market cap in USD
 * @param totalVolume 24 h volume in USD
 * @param priceChangePercentage24h rolling 24 h change in percent
 * @param lastUpdated ISO-8601 time of the provider's last update
 */
public record CoinGeckoMarket(@Nullable String id, @Nullable String symbol, @Nullable String name,
		@JsonProperty("current_price") @Nullable Double currentPrice,
		@JsonProperty("market_cap") @Nullable Double marketCap,
		@JsonProperty("total_volume") @Nullable Double totalVolume,
		@JsonProperty("price_change_percentage_24h") @Nullable Double priceChangePercentage24h,
		@JsonProperty("last_updated") @Nullable String lastUpdated) {
}
