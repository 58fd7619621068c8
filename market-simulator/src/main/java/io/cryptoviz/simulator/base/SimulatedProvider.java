package io.cryptoviz.simulator.base;

import java.time.Instant;

import io.cryptoviz.model.Source;

import tools.jackson.databind.JsonNode;

/**
 * One simulated provider, declared by its package as a bean: which source it is, the
 * paths it serves, how it fails and where its quotes are seeded. {@link Providers} is
 * built from these beans, so routing, fault injection, the request log, the admin API,
 * startup faults and the market learn a new provider without a change of their own.
 */
public interface SimulatedProvider {

	Source source();

	/**
	 * The provider's name in the admin API and in
	 * {@code cryptoviz.simulator.faults.<key>.*}.
	 */
	default String key() {
		return source().key();
	}

	/**
	 * Fixed index that seeds this provider's quotes in the simulated market (CoinGecko 0,
	 * CoinMarketCap 1, CoinPaprika 2). A new provider takes the next free index; changing
	 * one changes every simulated price of that provider.
	 */
	int seedIndex();

	/**
	 * Where the provider's API is rooted, as the real base URL ends. A root ending in
	 * {@code /} covers every path below it ({@code /api/v3/}); any other root covers
	 * itself and the paths below it ({@code /v1/tickers}). Where roots overlap, the
	 * longest wins: {@code /v1/tickers} is CoinPaprika's although CoinMarketCap's root is
	 * {@code /v1/}.
	 */
	String pathRoot();

	/** Whether the request path lies under {@link #pathRoot()}. */
	default boolean serves(String path) {
		String root = pathRoot();
		return root.endsWith("/") ? path.startsWith(root) : (path.equals(root) || path.startsWith(root + "/"));
	}

	/** The provider's documented 429 body. */
	JsonNode rateLimited(Instant now);

	/** The provider's body for a 5xx. */
	JsonNode serverError(Instant now, int status, String message);

	/** The public host, e.g. {@code api.coingecko.com}, for CDN error pages. */
	String host();

}
