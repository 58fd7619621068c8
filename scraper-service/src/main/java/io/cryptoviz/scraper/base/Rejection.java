package io.cryptoviz.scraper.base;

/**
 * An entry a provider sent that could not become a quote.
 *
 * @param id the provider's id for it (the CoinGecko id once matched)
 * @param reason what was wrong, e.g. {@code price is null}
 */
public record Rejection(String id, String reason) {

	/** {@code id (reason)}, as a rejection line names it. */
	public String named() {
		return this.id + " (" + this.reason + ")";
	}

}
