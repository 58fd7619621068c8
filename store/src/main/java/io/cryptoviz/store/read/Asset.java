package io.cryptoviz.store.read;

import java.time.Instant;
import java.util.Set;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * A tracked asset, keyed by its CoinGecko id. Symbol and name come from its newest row
 * and are for display only: they collide across assets.
 *
 * @param assetId CoinGecko id
 * @param symbol ticker
 * @param name display name
 * @param marketCap newest known market cap in USD, or null when no source reports one
 * @param sources sources that quoted it in the last day
 * @param newest newest quote timestamp
 */
public record Asset(String assetId, String symbol, String name, @Nullable Double marketCap, Set<Source> sources,
		Instant newest) {

	public Asset {
		if (assetId.isBlank()) {
			throw new IllegalArgumentException("assetId must not be blank");
		}
		sources = Set.copyOf(sources);
	}

	/**
	 * @return "Bitcoin (BTC)"
	 */
	public String label() {
		return this.name + " (" + this.symbol + ")";
	}

}
