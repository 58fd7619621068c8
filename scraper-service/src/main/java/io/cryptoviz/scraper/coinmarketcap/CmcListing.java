package io.cryptoviz.scraper.coinmarketcap;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of v1 {@code /cryptocurrency/listings/latest}: the {@code status} envelope
 * (present on success and on error) and the entries, only the fields the scraper uses.
 *
 * @param status the envelope; {@code error_code} 0 means success
 * @param data the listings, absent on errors
 */
record CmcListing(@Nullable Status status, @Nullable List<Entry> data) {

	record Status(@JsonProperty("error_code") @Nullable Integer errorCode,
			@JsonProperty("error_message") @Nullable String errorMessage) {
	}

	/**
	 * @param id CMC's numeric id, which never changes
	 * @param slug the CMC slug matched against CoinGecko ids
	 * @param cmcRank CMC's rank
	 * @param quote prices keyed by currency code, e.g. {@code USD}
	 */
	record Entry(@Nullable Integer id, @Nullable String name, @Nullable String symbol, @Nullable String slug,
			@JsonProperty("cmc_rank") @Nullable Integer cmcRank,
			@JsonProperty("last_updated") @Nullable String lastUpdated, @Nullable Map<String, UsdQuote> quote) {
	}

	record UsdQuote(@Nullable Double price, @JsonProperty("volume_24h") @Nullable Double volume24h,
			@JsonProperty("percent_change_24h") @Nullable Double percentChange24h,
			@JsonProperty("market_cap") @Nullable Double marketCap,
			@JsonProperty("last_updated") @Nullable String lastUpdated) {
	}

}
