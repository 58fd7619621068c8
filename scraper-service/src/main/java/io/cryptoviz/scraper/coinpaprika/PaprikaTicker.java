package io.cryptoviz.scraper.coinpaprika;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One element of {@code GET /v1/tickers}, only the fields the scraper uses. Everything is
 * nullable: CoinPaprika documents optional fields and once sent numbers as empty strings.
 *
 * @param id CoinPaprika id, e.g. {@code btc-bitcoin}
 * @param name display name, e.g. {@code Binance Coin} (CoinGecko: {@code BNB})
 * @param symbol ticker, upper-case
 * @param rank CoinPaprika's own rank
 * @param lastUpdated RFC 3339 UTC, second precision
 * @param quotes prices keyed by currency code, {@code USD} by default
 */
record PaprikaTicker(@Nullable String id, @Nullable String name, @Nullable String symbol, @Nullable Integer rank,
		@JsonProperty("last_updated") @Nullable String lastUpdated, @Nullable Map<String, UsdQuote> quotes) {

	/**
	 * @param price price in USD
	 * @param volume24h 24 h volume in USD
	 * @param marketCap market cap in USD; 0 means unknown
	 * @param percentChange24h 24 h change in percent, rounded to 2 decimals
	 */
	record UsdQuote(@Nullable Double price, @JsonProperty("volume_24h") @Nullable Double volume24h,
			@JsonProperty("market_cap") @Nullable Double marketCap,
			@JsonProperty("percent_change_24h") @Nullable Double percentChange24h) {
	}

}
