package io.cryptoviz.store.read;

import java.time.Instant;

import io.cryptoviz.model.Source;

/**
 * One row of a price export: a stored quote, or one source's average over a time bucket.
 *
 * @param time the quote's timestamp, or the start of the bucket (UTC)
 * @param source the provider
 * @param price price in USD, or its average over the bucket
 */
public record PriceRow(Instant time, Source source, double price) {

	public PriceRow {
		if (!Double.isFinite(price)) {
			throw new IllegalArgumentException("price must be finite, was " + price);
		}
	}

}
