package io.cryptoviz.simulator.base;

import java.util.List;
import java.util.Locale;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Which simulated provider a request path belongs to, and the fixed list of providers.
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

	/**
	 * Path of CoinPaprika's tickers, as in
	 * {@code https://api.coinpaprika.com/v1/tickers}. It shares {@code /v1/} with
	 * CoinMarketCap, so it is told apart first and exactly (no CoinMarketCap path starts
	 * with {@code /v1/tickers}).
	 */
	public static final String COINPAPRIKA_TICKERS = "/v1/tickers";

	/**
	 * Every simulated provider, in a fixed order that seeds the simulated market: a new
	 * provider goes at the end, so the prices of the others stay what they were.
	 */
	public static final List<Source> ALL = List.of(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);

	private Providers() {
	}

	/** The provider serving the path, or {@code null} for admin and actuator paths. */
	public static @Nullable Source of(String path) {
		if (path.startsWith(COINGECKO_PREFIX)) {
			return Source.COINGECKO;
		}
		if (path.equals(COINPAPRIKA_TICKERS) || path.startsWith(COINPAPRIKA_TICKERS + "/")) {
			return Source.COINPAPRIKA;
		}
		if (path.startsWith(COINMARKETCAP_PREFIX)) {
			return Source.COINMARKETCAP;
		}
		return null;
	}

	/** The name used in the admin API and in configuration keys. */
	public static String key(Source source) {
		return source.name().toLowerCase(Locale.ROOT);
	}

	/** The provider with that admin/configuration name, or {@code null}. */
	public static @Nullable Source byKey(String key) {
		return ALL.stream()
			.filter((source) -> key(source).equals(key.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

	/** The admin API's choices, for error messages: every key, then {@code all}. */
	public static String choices() {
		return String.join(", ", ALL.stream().map(Providers::key).toList()) + " or all";
	}

}
