package io.cryptoviz.ml.series;

import java.time.Instant;
import java.util.Objects;

/**
 * One observed price of an asset at a UTC instant.
 *
 * @param time when the price was observed
 * @param price the price, positive and finite
 */
public record PricePoint(Instant time, double price) {

	public PricePoint {
		Objects.requireNonNull(time, "time");
		if (!(price > 0) || !Double.isFinite(price)) {
			throw new IllegalArgumentException("price at " + time + " must be positive and finite, was " + price);
		}
	}

}
