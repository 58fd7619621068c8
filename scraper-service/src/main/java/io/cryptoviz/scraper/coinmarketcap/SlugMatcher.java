package io.cryptoviz.scraper.coinmarketcap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Maps CoinMarketCap entries to CoinGecko ids through the CMC slug, never through symbol
 * or name (symbols collide, names differ: "Tether" vs "Tether USDt"). Most slugs equal
 * the CoinGecko id; the known exceptions are listed here and users can add more.
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

	private final Map<String, String> idToSlug;

	private final Map<String, String> slugToId;

	SlugMatcher(Map<String, String> overrides) {
		this.idToSlug = new HashMap<>(BUILT_IN);
		this.idToSlug.putAll(overrides);
		this.slugToId = new HashMap<>();
		this.idToSlug.forEach((id, slug) -> this.slugToId.put(slug, id));
	}

	String slugOf(String coinGeckoId) {
		return this.idToSlug.getOrDefault(coinGeckoId, coinGeckoId);
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
		return this.idToSlug.containsKey(slug) ? null : slug;
	}

	/** Slug to CoinGecko id for the given tracked ids. */
	Map<String, String> forTracked(List<String> coinGeckoIds) {
		Map<String, String> bySlug = new HashMap<>();
		for (String id : coinGeckoIds) {
			bySlug.put(slugOf(id), id);
		}
		return bySlug;
	}

	@Nullable String match(Map<String, String> bySlug, @Nullable String slug) {
		return (slug != null) ? bySlug.get(slug) : null;
	}

}
