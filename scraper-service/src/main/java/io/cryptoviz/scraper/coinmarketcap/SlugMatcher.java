package io.cryptoviz.scraper.coinmarketcap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.cryptoviz.scraper.tracked.IdMatcher;
import io.cryptoviz.scraper.tracked.TrackedAssets;

/**
 * Maps CoinMarketCap entries to CoinGecko ids through the CMC slug, never through symbol
 * or name (symbols collide, names differ: "Tether" vs "Tether USDt"). Most slugs equal
 * the CoinGecko id, which is CoinMarketCap's {@link IdMatcher.Rule}; the known exceptions
 * are listed here and users can add more.
 */
final class SlugMatcher {

	/** CoinGecko id to CoinMarketCap slug where they differ. */
	static final Map<String, String> BUILT_IN = Map.ofEntries(Map.entry("binancecoin", "bnb"),
			Map.entry("ripple", "xrp"), Map.entry("avalanche-2", "avalanche"), Map.entry("polkadot", "polkadot-new"),
			Map.entry("matic-network", "polygon"), Map.entry("staked-ether", "steth"),
			Map.entry("the-open-network", "toncoin"), Map.entry("leo-token", "unus-sed-leo"),
			Map.entry("hedera-hashgraph", "hedera"), Map.entry("crypto-com-chain", "cronos"),
			Map.entry("near", "near-protocol"), Map.entry("dai", "multi-collateral-dai"),
			Map.entry("bitcoin-cash-sv", "bitcoin-sv"), Map.entry("elrond-erd-2", "multiversx-egld"));

	private final IdMatcher ids;

	private final Map<String, String> slugToId = new HashMap<>();

	SlugMatcher(Map<String, String> overrides) {
		this.ids = new IdMatcher(BUILT_IN, overrides, (tracked, listing) -> listing.id().equals(tracked.id()));
		Map<String, String> all = new HashMap<>(BUILT_IN);
		all.putAll(overrides);
		all.forEach((id, slug) -> this.slugToId.put(slug, id));
	}

	String slugOf(String coinGeckoId) {
		String slug = this.ids.overrideOf(coinGeckoId);
		return (slug != null) ? slug : coinGeckoId;
	}

	/**
	 * The CoinGecko id a slug stands for when no tracked list narrows it, or null when
	 * the slug is itself a CoinGecko id that CMC spells differently (taking it literally
	 * would join two different coins).
	 */
	@Nullable String idOf(String slug) {
		String id = this.slugToId.get(slug);
		if (id != null) {
			return id;
		}
		return (this.ids.overrideOf(slug) != null) ? null : slug;
	}

	/** Slug to CoinGecko id for the entries that belong to the tracked assets. */
	Map<String, String> match(List<TrackedAssets.Asset> tracked, List<IdMatcher.Listing> listings) {
		return this.ids.match(tracked, listings).byProviderId();
	}

}
