package io.cryptoviz.scraper.tracked;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Pairs a provider's listings with the tracked CoinGecko ids, the way every provider
 * other than CoinGecko is matched: an override table (CoinGecko id to the provider's id)
 * decides first when the provider lists the id it names; otherwise (no entry, or the
 * entry's id is not listed, as when a provider renamed a slug back) the provider's
 * {@link Rule} pairs the asset, only when exactly one listing satisfies it. A provider id
 * named in the table is never paired with another asset by the rule, so a known mismatch
 * cannot join two different coins. Every pair is then checked by {@link PriceCheck}: a
 * price too far from CoinGecko's means the same slug or symbol names another coin, and
 * the pair is refused. Nothing else is tried: no fallback to symbol alone or to rank.
 * What stays unpaired is reported, never guessed.
 */
public final class IdMatcher {

	/** A provider's own notion of "this listing is that CoinGecko asset". */
	@FunctionalInterface
	public interface Rule {

		boolean matches(TrackedAssets.Asset tracked, Listing listing);

	}

	/**
	 * One entry as the provider lists it.
	 *
	 * @param id the provider's id (CoinMarketCap slug, CoinPaprika id)
	 * @param symbol its ticker
	 * @param name its display name
	 */
	public record Listing(String id, String symbol, String name, @Nullable Double price) {

		public Listing(String id, String symbol, String name) {
			this(id, symbol, name, null);
		}

	}

	/**
	 * A pair refused because the prices disagree.
	 *
	 * @param coinGeckoId the tracked asset
	 * @param providerId the listing that matched it by id or symbol
	 * @param price the listing's price
	 * @param reference CoinGecko's price
	 * @param ratio the larger of the two quotients
	 */
	public record Refusal(String coinGeckoId, String providerId, double price, double reference, double ratio) {
	}

	/**
	 * @param byProviderId provider id to CoinGecko id, for every paired listing
	 * @param unmatched tracked CoinGecko ids no listing was paired with (refused ones
	 * included), in tracked order
	 * @param refused the pairs the price check refused
	 */
	public record Match(Map<String, String> byProviderId, List<String> unmatched, List<Refusal> refused) {
	}

	private final Map<String, String> overrides;

	private final Set<String> overridden;

	private final Rule rule;

	/**
	 * @param builtIn the provider's researched table, CoinGecko id to provider id
	 * @param configured the user's additions, which win over the built-in ones
	 * @param rule how a tracked asset without an override is recognised
	 */
	public IdMatcher(Map<String, String> builtIn, Map<String, String> configured, Rule rule) {
		Map<String, String> all = new HashMap<>(builtIn);
		all.putAll(configured);
		this.overrides = Map.copyOf(all);
		this.overridden = Set.copyOf(all.values());
		this.rule = rule;
	}

	/** The provider id the table gives for a CoinGecko id, or null. */
	public @Nullable String overrideOf(String coinGeckoId) {
		return this.overrides.get(coinGeckoId);
	}

	/** The CoinGecko id the table gives for a provider id, or null. */
	public @Nullable String reverse(String providerId) {
		for (Map.Entry<String, String> entry : this.overrides.entrySet()) {
			if (entry.getValue().equals(providerId)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** Whether the table names this provider id (then only the table may pair it). */
	public boolean isOverridden(String providerId) {
		return this.overridden.contains(providerId);
	}

	public Match match(List<TrackedAssets.Asset> tracked, Collection<Listing> listings) {
		return match(tracked, listings, PriceCheck.NONE);
	}

	public Match match(List<TrackedAssets.Asset> tracked, Collection<Listing> listings, PriceCheck prices) {
		Map<String, Listing> byId = new HashMap<>();
		listings.forEach((listing) -> byId.putIfAbsent(listing.id(), listing));
		Map<String, String> paired = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		List<String> unmatched = new ArrayList<>();
		List<Refusal> refused = new ArrayList<>();
		for (TrackedAssets.Asset asset : tracked) {
			String providerId = pairOf(asset, listings, byId);
			Refusal refusal = (providerId != null) ? prices.check(asset.id(), byId.get(providerId)) : null;
			if (refusal != null) {
				refused.add(refusal);
			}
			if (providerId == null || refusal != null || !taken.add(providerId)) {
				unmatched.add(asset.id());
				continue;
			}
			paired.put(providerId, asset.id());
		}
		return new Match(paired, unmatched, refused);
	}

	private @Nullable String pairOf(TrackedAssets.Asset asset, Collection<Listing> listings,
			Map<String, Listing> byId) {
		String override = this.overrides.get(asset.id());
		if (override != null && byId.containsKey(override)) {
			return override;
		}
		String found = null;
		for (Listing listing : listings) {
			boolean reserved = this.overridden.contains(listing.id()) && !listing.id().equals(override);
			if (!reserved && this.rule.matches(asset, listing)) {
				if (found != null && !found.equals(listing.id())) {
					return null;
				}
				found = listing.id();
			}
		}
		return found;
	}

}
