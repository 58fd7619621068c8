package io.cryptoviz.ml.analysis;

import java.util.List;

import io.cryptoviz.ml.series.TimedValue;

/**
 * Lines the price chart draws over the history window. Undefined points (warm-up) are
 * left out rather than sent as NaN or 0.
 *
 * @param maShort the short moving average
 * @param maLong the long moving average
 * @param trendLine the fitted trend line over the window, empty if there is no trend
 */
public record Overlays(List<TimedValue> maShort, List<TimedValue> maLong, List<TimedValue> trendLine) {

	public Overlays {
		maShort = List.copyOf(maShort);
		maLong = List.copyOf(maLong);
		trendLine = List.copyOf(trendLine);
	}

}
