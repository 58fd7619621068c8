package io.cryptoviz.scraper.base;

import java.util.List;

import io.cryptoviz.model.Quote;

/**
 * The outcome of one fetch.
 *
 * @param quotes quotes that passed validation
 * @param rejections entries dropped because the quote failed validation, each with its
 * reason
 * @param unmatched tracked assets the provider has no (accepted) entry for; always 0 for
 * CoinGecko, whose answer defines the tracked list
 */
public record SourceBatch(List<Quote> quotes, List<Rejection> rejections, int unmatched) {

	public SourceBatch {
		quotes = List.copyOf(quotes);
		rejections = List.copyOf(rejections);
		if (unmatched < 0) {
			throw new IllegalArgumentException("unmatched must not be negative, was " + unmatched);
		}
	}

	/** A batch with nothing in it: the source made no call this cycle. */
	public static SourceBatch empty() {
		return new SourceBatch(List.of(), List.of(), 0);
	}

	public int rejected() {
		return this.rejections.size();
	}

}
