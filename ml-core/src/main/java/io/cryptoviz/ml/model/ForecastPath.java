package io.cryptoviz.ml.model;

import java.time.Instant;
import java.util.List;

import io.cryptoviz.ml.indicator.Indicator;
import io.cryptoviz.ml.series.TimedValue;

/**
 * How one model's forecast from origin i unfolds over the k steps to the horizon. Each
 * model supplies its own: {@link #level} for the moving averages and naive,
 * {@link TrendForecastIndicator#path} and {@link MomentumForecastIndicator#path} for the
 * others, so adding a model adds a path here rather than a case to a switch.
 * <p>
 * A path is built in one loop per origin, so whatever a model derives from the origin
 * (the fitted trend line, the momentum rate) is computed once, not once per step; at 24 h
 * on 5-minute data a path has k = 288 points.
 */
@FunctionalInterface
interface ForecastPath {

	/**
	 * The path from origin {@code index}, where the model's forecast is defined.
	 * @param index the origin i
	 * @param stepTimes the k instants t_i + j · H / k, j = 1..k, shared by every path
	 * from i; not to be written
	 * @return k points, stamped with {@code stepTimes}
	 */
	List<TimedValue> from(int index, Instant[] stepTimes);

	/**
	 * A flat path: the forecast made at i at every step, for models that predict a level
	 * to revert to (the moving averages) or no change at all (naive).
	 * @param forecast the model's forecast at every origin
	 * @return the path
	 */
	static ForecastPath level(Indicator forecast) {
		return (index, stepTimes) -> {
			double level = forecast.value(index);
			TimedValue[] path = new TimedValue[stepTimes.length];
			for (int step = 1; step <= path.length; step++) {
				path[step - 1] = new TimedValue(stepTimes[step - 1], level);
			}
			return List.of(path);
		};
	}

}
