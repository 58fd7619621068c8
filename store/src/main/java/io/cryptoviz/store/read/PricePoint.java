package io.cryptoviz.store.read;

import java.time.Instant;

/**
 * One point of a price series: the average price within a time bucket.
 *
 * @param time start of the bucket (UTC)
 * @param price average price in USD
 */
public record PricePoint(Instant time, double price) {

	public PricePoint {
		if (!Double.isFinite(price)) {
			throw new IllegalArgumentException("price must be finite, was " + price);
		}
	}

}
