package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * The caveats about the input and the track records.
 */
final class Warnings {

	/** A spacing this many times the sampling interval counts as a gap. */
	private static final int GAP_FACTOR = 3;

	/** Fewer independent backtest windows (origins / k) than this earns a warning. */
	private static final int FEW_WINDOWS = 10;

	private Warnings() {
	}

	static List<Warning> ofSeries(PriceSeries history, Duration horizon) {
		List<Warning> warnings = new ArrayList<>();
		if (history.size() < 2) {
			warnings.add(new Warning.SinglePoint());
			return warnings;
		}
		Duration interval = history.samplingInterval();
		if (horizon.multipliedBy(2).compareTo(interval) < 0) {
			warnings.add(new Warning.HorizonBelowHalfInterval(horizon, interval));
		}
		int widest = 1;
		for (int i = 2; i < history.size(); i++) {
			if (gap(history, i) > gap(history, widest)) {
				widest = i;
			}
		}
		if (gap(history, widest) > GAP_FACTOR * interval.toMillis()) {
			warnings.add(new Warning.Gaps(Duration.ofMillis(gap(history, widest)), history.time(widest), interval));
		}
		return warnings;
	}

	static List<Warning> ofTrackRecord(TrackRecord naive, int steps, int pointsNeeded, int points) {
		if (naive.origins() == 0) {
			return List.of(new Warning.NoTrackRecord(pointsNeeded, points));
		}
		if (naive.origins() / steps < FEW_WINDOWS) {
			return List.of(new Warning.FewWindows(naive.origins(), steps));
		}
		return List.of();
	}

	private static long gap(PriceSeries series, int index) {
		return series.epochMillis(index) - series.epochMillis(index - 1);
	}

}
