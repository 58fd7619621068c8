package io.cryptoviz.scraper.coinmarketcap;

import java.util.List;
import java.util.Map;

import io.cryptoviz.scraper.tracked.IdMatcher;
import io.cryptoviz.scraper.tracked.PriceCheck;
import io.cryptoviz.scraper.tracked.TrackedAssets;

/**
 * Maps CoinMarketCap entries to CoinGecko ids through the CMC slug, never through symbol
 * or name (symbols collide, names differ: "Tether" vs "Tether USDt"). Most slugs equal
 * the CoinGecko id, which is CoinMarketCap's {@link IdMatcher.Rule}; the known exceptions
 * are listed here and users can add more. An entry whose slug is not in the listing does
 * not block the equal slug (CMC listed Hedera as {@code hedera-hashgraph} before
 * {@code hedera}), and a slug CMC gave to another coin is caught by the price check
 * ({@code bittorrent} is the old BTT on CMC, the new one on CoinGecko).
 */
final class SlugMatcher {

	/** CoinGecko id to CoinMarketCap slug where they differ. */
	static final Map<String, String> BUILT_IN = Map.ofEntries(Map.entry("binancecoin", "bnb"),
			Map.entry("ripple", "xrp"), Map.entry("avalanche-2", "avalanche"), Map.entry("polkadot", "polkadot-new"),
			Map.entry("matic-network", "polygon"), Map.entry("staked-ether", "steth"),
			Map.entry("the-open-network", "toncoin"), Map.entry("leo-token", "unus-sed-leo"),
			Map.entry("hedera-hashgraph", "hedera"), Map.entry("crypto-com-chain", "cronos"),
			Map.entry("near", "near-protocol"), Map.entry("dai", "multi-collateral-dai"),
			Map.entry("bitcoin-cash-sv", "bitcoin-sv"), Map.entry("elrond-erd-2", "multiversx-egld"),
			Map.entry("bittorrent", "bittorrent-new"));

	private final IdMatcher ids;

	SlugMatcher(Map<String, String> overrides) {
		this.ids = new IdMatcher(BUILT_IN, overrides, (tracked, listing) -> listing.id().equals(tracked.id()));
	}

	String slugOf(String coinGeckoId) {
		String slug = this.ids.overrideOf(coinGeckoId);
		return (slug != null) ? slug : coinGeckoId;
	}

	/**
	 * Slug to CoinGecko id for the entries that belong to the tracked assets, checked.
	 */
	IdMatcher.Match match(List<TrackedAssets.Asset> tracked, List<IdMatcher.Listing> listings, PriceCheck prices) {
		return this.ids.match(tracked, listings, prices);
	}

}
