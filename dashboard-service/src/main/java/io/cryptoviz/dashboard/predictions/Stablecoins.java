package io.cryptoviz.dashboard.predictions;

import java.util.Set;

/**
 * Assets pegged to a fiat currency. Their price moves by fractions of a cent, so any
 * forecast of them is noise; the page and the API mark them so nobody trades on one.
 * Keyed by CoinGecko id, never by symbol (symbols collide).
 */
public final class Stablecoins {

	private static final Set<String> IDS = Set.of("tether", "usd-coin", "dai", "ethena-usde", "first-digital-usd",
			"usds", "true-usd", "paypal-usd", "binance-usd", "frax", "usdd", "gemini-dollar", "tether-eurt",
			"euro-coin", "stasis-eurs", "liquity-usd", "gho", "crvusd", "paxos-standard", "usual-usd", "ripple-usd");

	private Stablecoins() {
	}

	/**
	 * @param assetId CoinGecko id
	 * @return whether it is a known stablecoin
	 */
	public static boolean contains(String assetId) {
		return IDS.contains(assetId);
	}

}
