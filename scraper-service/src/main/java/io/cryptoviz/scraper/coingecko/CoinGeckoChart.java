package io.cryptoviz.scraper.coingecko;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code /coins/{id}/market_chart}: three arrays of {@code [unix_ms, value]}
 * pairs. All three are optional in the provider's SDK.
 *
 * @param prices price points
 * @param marketCaps market cap points
 * @param totalVolumes 24 h volume points
 */
public record CoinGeckoChart(@Nullable List<@Nullable List<@Nullable Double>> prices,
		@JsonProperty("market_caps") @Nullable List<@Nullable List<@Nullable Double>> marketCaps,
		@JsonProperty("total_volumes") @Nullable List<@Nullable List<@Nullable Double>> totalVolumes) {
}
