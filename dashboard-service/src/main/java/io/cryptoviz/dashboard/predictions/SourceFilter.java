package io.cryptoviz.dashboard.predictions;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.cryptoviz.model.Source;

/**
 * Which sources an analysis reads: both merged, or one of them.
 */
public enum SourceFilter {

	/** Both sources, merged per 5-minute bucket by ml-core. */
	ALL("all", Set.of(Source.COINGECKO, Source.COINMARKETCAP)),

	/** CoinMarketCap only. */
	COINMARKETCAP("coinmarketcap", Set.of(Source.COINMARKETCAP)),

	/** CoinGecko only. */
	COINGECKO("coingecko", Set.of(Source.COINGECKO));

	/** The accepted values, for error messages and the OpenAPI document. */
	public static final String ALLOWED = "all, coinmarketcap (or cmc), coingecko (or cg)";

	private final String param;

	private final Set<Source> sources;

	SourceFilter(String param, Set<Source> sources) {
		this.param = param;
		this.sources = Set.copyOf(sources);
	}

	/**
	 * @return the URL and API value
	 */
	public String param() {
		return this.param;
	}

	/**
	 * @return the sources read
	 */
	public Set<Source> sources() {
		return this.sources;
	}

	/**
	 * @param value a URL or API value, case-insensitive; {@code cmc} and {@code cg} are
	 * short forms
	 * @return the filter, or empty if the value names none
	 */
	public static Optional<SourceFilter> fromParam(String value) {
		String lower = value.strip().toLowerCase(Locale.ROOT);
		return switch (lower) {
			case "all" -> Optional.of(ALL);
			case "coinmarketcap", "cmc" -> Optional.of(COINMARKETCAP);
			case "coingecko", "cg" -> Optional.of(COINGECKO);
			default -> Optional.empty();
		};
	}

}
