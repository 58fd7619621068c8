package io.cryptoviz.ml.series;

import java.time.Instant;
import java.util.Objects;

/**
 * A value placed on the time axis: a point of a chart overlay or of a forecast path.
 * Unlike {@link PricePoint} the value may be any finite number (a trend line can dip
 * below zero before it is clamped).
 *
 * @param time the instant the value belongs to
 * @param value the value
 */
public record TimedValue(Instant time, double value) {

	public TimedValue {
		Objects.requireNonNull(time, "time");
	}

}
