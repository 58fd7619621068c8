package io.cryptoviz.ml.model;

import java.time.Duration;
import java.time.Instant;

import io.cryptoviz.ml.series.PriceSeries;
import org.jspecify.annotations.Nullable;

/**
 * The instants that forecast paths and chart overlays are stamped with, each built once
 * and shared by every list that needs it (instants are immutable). An analysis stamps six
 * paths of k points from the same origin (k = 288 at 24 h on 5-minute data) and three
 * overlays on the same points; building the instants per point used to be most of their
 * cost. Memoizes like the indicators, so it is confined to one thread too.
 */
final class TimeAxis {

	private final PriceSeries series;

	private final double horizonMillis;

	private final int steps;

	private Instant @Nullable [] stepTimes;

	private int stepTimesOrigin = -1;

	private Instant @Nullable [] seriesTimes;

	TimeAxis(PriceSeries series, Duration horizon, int steps) {
		this.series = series;
		this.horizonMillis = horizon.toMillis();
		this.steps = steps;
	}

	/**
	 * The instants t_i + j · H / k, j = 1..k (rounded to the millisecond), so the last
	 * one lands exactly on the horizon. Memoized for the last origin asked for.
	 * @param index the origin i
	 * @return k instants; shared, not to be written
	 */
	Instant[] stepTimes(int index) {
		Instant[] times = this.stepTimes;
		if (times == null || this.stepTimesOrigin != index) {
			long origin = this.series.epochMillis(index);
			times = new Instant[this.steps];
			for (int step = 1; step <= this.steps; step++) {
				times[step - 1] = Instant.ofEpochMilli(origin + Math.round(this.horizonMillis * step / this.steps));
			}
			this.stepTimes = times;
			this.stepTimesOrigin = index;
		}
		return times;
	}

	/**
	 * The series' own times.
	 * @return one instant per point; shared, not to be written
	 */
	Instant[] seriesTimes() {
		Instant[] times = this.seriesTimes;
		if (times == null) {
			times = new Instant[this.series.size()];
			for (int i = 0; i < times.length; i++) {
				times[i] = this.series.time(i);
			}
			this.seriesTimes = times;
		}
		return times;
	}

}
