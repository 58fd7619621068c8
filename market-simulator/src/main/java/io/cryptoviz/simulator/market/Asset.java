package io.cryptoviz.simulator.market;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One asset as both providers know it. Identities are the real ones; market figures are
 * realistic starting points for the simulation.
 *
 * @param cgId CoinGecko id (e.g. {@code avalanche-2})
 * @param symbol ticker, upper-case (CoinGecko serves it lower-cased)
 * @param cgName CoinGecko display name (e.g. {@code Tether})
 * @param cmcId CoinMarketCap numeric id (e.g. {@code 825})
 * @param cmcSlug CoinMarketCap slug (e.g. {@code avalanche}), not always the CoinGecko id
 * @param cmcName CoinMarketCap display name (e.g. {@code Tether USDt})
 * @param startPrice USD price at {@link PricePath#ANCHOR}
 * @param volatility annualised volatility of the log price
 * @param circulatingSupply circulating supply
 * @param totalSupply total supply
 * @param maxSupply hard cap, or {@code null} when there is none (ETH, SOL)
 * @param turnover typical 24h volume as a fraction of market cap
 * @param imageId CoinGecko image number
 * @param dateAdded when CoinMarketCap listed it
 * @param marketPairs CoinMarketCap {@code num_market_pairs}
 * @param tags CoinMarketCap tags
 * @param tokenAddress Ethereum contract for tokens, {@code null} for coins
 * @param ath all-time high before the simulation
 * @param athDate its date
 * @param atl all-time low
 * @param atlDate its date
 * @param freshListing CoinGecko has no 24h history for it yet, so its 24h deltas are null
 * @param roiBasePrice ICO price for CoinGecko's {@code roi}, or {@code null} (the usual
 * case)
 */
public record Asset(String cgId, String symbol, String cgName, int cmcId, String cmcSlug, String cmcName,
		double startPrice, double volatility, double circulatingSupply, double totalSupply, @Nullable Double maxSupply,
		double turnover, int imageId, Instant dateAdded, int marketPairs, List<String> tags,
		@Nullable String tokenAddress, double ath, Instant athDate, double atl, Instant atlDate, boolean freshListing,
		@Nullable Double roiBasePrice) {

	public Asset {
		if (cgId.isBlank() || symbol.isBlank() || cmcSlug.isBlank()) {
			throw new IllegalArgumentException("Asset identities must not be blank: " + cgId);
		}
		if (!(startPrice > 0) || !(volatility > 0) || !(circulatingSupply > 0)) {
			throw new IllegalArgumentException("Asset figures must be positive: " + cgId);
		}
		tags = List.copyOf(tags);
	}

	/** Whether the asset is a USD stablecoin (CoinMarketCap tag {@code stablecoin}). */
	public boolean stablecoin() {
		return this.tags.contains("stablecoin");
	}

	/** CoinGecko's image URL. */
	public String imageUrl() {
		return "https://coin-images.coingecko.com/coins/images/" + this.imageId + "/large/" + this.cgId + ".png";
	}

}
