package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * Plain-language caveats about the input and the track records.
 */
final class Warnings {

	/** A spacing this many times the sampling interval counts as a gap. */
	private static final int GAP_FACTOR = 3;

	/** Fewer independent backtest windows (origins / k) than this earns a warning. */
	private static final int FEW_WINDOWS = 10;

	private Warnings() {
	}

	static List<String> ofSeries(PriceSeries history, Duration horizon) {
		List<String> warnings = new ArrayList<>();
		if (history.size() < 2) {
			warnings.add("only one price point: the sampling interval is unknown, so the horizon counts as one step");
			return warnings;
		}
		Duration interval = history.samplingInterval();
		if (horizon.multipliedBy(2).compareTo(interval) < 0) {
			warnings.add("the horizon " + describe(horizon) + " is shorter than half the sampling interval "
					+ describe(interval) + ": forecasting one step (" + describe(interval) + ") ahead instead");
		}
		int widest = 1;
		for (int i = 2; i < history.size(); i++) {
			if (gap(history, i) > gap(history, widest)) {
				widest = i;
			}
		}
		if (gap(history, widest) > GAP_FACTOR * interval.toMillis()) {
			warnings.add("the history has gaps: the longest is " + describe(Duration.ofMillis(gap(history, widest)))
					+ ", ending at " + history.time(widest) + " (sampling interval " + describe(interval) + ")");
		}
		return warnings;
	}

	static List<String> ofTrackRecord(TrackRecord naive, int steps, int pointsNeeded, int points) {
		if (naive.origins() == 0) {
			return List
				.of("no track record: not enough data to backtest: needs " + pointsNeeded + " points, has " + points);
		}
		long windows = naive.origins() / steps;
		if (windows < 1) {
			return List.of("the track records rest on " + naive.origins() + " origins, fewer than the " + steps
					+ " steps of the horizon, so not one independent window; treat them as rough");
		}
		if (windows < FEW_WINDOWS) {
			return List.of("the track records rest on about " + windows + " independent " + steps
					+ "-step windows; treat them as rough");
		}
		return List.of();
	}

	static String describe(Duration duration) {
		if (duration.toMinutes() < 60 || duration.toMinutesPart() != 0) {
			return duration.toMinutes() + " min";
		}
		return duration.toHours() + " h";
	}

	private static long gap(PriceSeries series, int index) {
		return series.epochMillis(index) - series.epochMillis(index - 1);
	}

}
