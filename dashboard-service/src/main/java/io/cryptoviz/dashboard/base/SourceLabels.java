package io.cryptoviz.dashboard.base;

import java.util.Map;

import io.cryptoviz.model.Source;

/**
 * The name people read for a source.
 */
public final class SourceLabels {

	private static final Map<Source, String> LABELS = Map.of(Source.COINGECKO, "CoinGecko", Source.COINMARKETCAP,
			"CoinMarketCap", Source.COINPAPRIKA, "CoinPaprika");

	private SourceLabels() {
	}

	/** The source's label, or its stored name when this version has none. */
	public static String of(Source source) {
		return LABELS.getOrDefault(source, source.name());
	}

}
