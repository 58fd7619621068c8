package io.cryptoviz.scraper.base;

import java.util.List;

import io.cryptoviz.model.Quote;

/**
 * The outcome of one fetch.
 *
 * @param quotes quotes that passed validation
 * @param rejected entries dropped because the quote failed validation
 * @param unmatched what could not be paired: entries skipped because they map to no
 * tracked asset (CoinMarketCap's top 100), or, for a provider that lists every coin
 * (CoinPaprika), tracked assets it has no ticker for
 */
public record SourceBatch(List<Quote> quotes, int rejected, int unmatched) {

	public SourceBatch {
		quotes = List.copyOf(quotes);
		if (rejected < 0 || unmatched < 0) {
			throw new IllegalArgumentException("counts must not be negative, were " + rejected + "/" + unmatched);
		}
	}

}
