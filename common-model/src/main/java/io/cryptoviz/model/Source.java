package io.cryptoviz.model;

/**
 * The upstream a quote came from.
 */
public enum Source {

	COINGECKO("CoinGecko"), COINMARKETCAP("CoinMarketCap");

	private final String displayName;

	Source(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return this.displayName;
	}

}
