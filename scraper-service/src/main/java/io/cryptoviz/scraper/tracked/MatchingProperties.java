package io.cryptoviz.scraper.tracked;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a listing of another provider is trusted as a tracked CoinGecko asset, bound from
 * {@code cryptoviz.scraper.matching.*}.
 *
 * @param maxPriceRatio a paired listing whose price is more than this factor above or
 * below CoinGecko's price for the asset is refused: a reused slug or a shared symbol
 * names a different coin (CoinMarketCap's old {@code bittorrent} was 16,700× the new one)
 */
@Validated
@ConfigurationProperties("cryptoviz.scraper.matching")
public record MatchingProperties(
		@DefaultValue("5") @DecimalMin(value = "1.5", message = "must be between 1.5 and 1000") @DecimalMax(
				value = "1000", message = "must be between 1.5 and 1000") double maxPriceRatio) {
}
