package io.cryptoviz.simulator.base;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Which simulated provider a request path belongs to.
 */
public final class Providers {

	/**
	 * Path prefix of the CoinGecko API, as in {@code https://api.coingecko.com/api/v3}.
	 */
	public static final String COINGECKO_PREFIX = "/api/v3/";

	/**
	 * Path prefix of the CoinMarketCap API, as in
	 * {@code https://pro-api.coinmarketcap.com/v1}.
	 */
	public static final String COINMARKETCAP_PREFIX = "/v1/";

	/** Every simulated provider, in a fixed order that seeds the simulated market. */
	public static final java.util.List<Source> ALL = java.util.List.of(Source.COINGECKO, Source.COINMARKETCAP);

	private Providers() {
	}

	/** The provider serving the path, or {@code null} for admin and actuator paths. */
	public static @Nullable Source of(String path) {
		if (path.startsWith(COINGECKO_PREFIX)) {
			return Source.COINGECKO;
		}
		if (path.startsWith(COINMARKETCAP_PREFIX)) {
			return Source.COINMARKETCAP;
		}
		return null;
	}

	/** The name used in the admin API and in configuration keys. */
	public static String key(Source source) {
		return source.name().toLowerCase(java.util.Locale.ROOT);
	}

}
