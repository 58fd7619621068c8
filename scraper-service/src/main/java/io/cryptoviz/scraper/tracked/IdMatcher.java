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
 * decides first; a tracked asset without an override is paired by the provider's
 * {@link Rule} only when exactly one listing satisfies it. A provider id named in the
 * table is never paired by the rule, so a known mismatch cannot join two different coins.
 * Nothing else is tried: no fallback to symbol alone or to rank. What stays unpaired is
 * reported, never guessed.
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
	public record Listing(String id, String symbol, String name) {
	}

	/**
	 * @param byProviderId provider id to CoinGecko id, for every paired listing
	 * @param unmatched tracked CoinGecko ids no listing was paired with, in tracked order
	 */
	public record Match(Map<String, String> byProviderId, List<String> unmatched) {
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
		Map<String, Listing> byId = new HashMap<>();
		listings.forEach((listing) -> byId.putIfAbsent(listing.id(), listing));
		Map<String, String> paired = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		List<String> unmatched = new ArrayList<>();
		for (TrackedAssets.Asset asset : tracked) {
			String providerId = pairOf(asset, listings, byId);
			if (providerId == null || !taken.add(providerId)) {
				unmatched.add(asset.id());
				continue;
			}
			paired.put(providerId, asset.id());
		}
		return new Match(paired, unmatched);
	}

	private @Nullable String pairOf(TrackedAssets.Asset asset, Collection<Listing> listings,
			Map<String, Listing> byId) {
		String override = this.overrides.get(asset.id());
		if (override != null) {
			return byId.containsKey(override) ? override : null;
		}
		String found = null;
		for (Listing listing : listings) {
			if (!this.overridden.contains(listing.id()) && this.rule.matches(asset, listing)) {
				if (found != null && !found.equals(listing.id())) {
					return null;
				}
				found = listing.id();
			}
		}
		return found;
	}

}
