package io.cryptoviz.ml.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.ml.indicator.Indicator;
import io.cryptoviz.ml.indicator.Indicators;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.TimedValue;

/**
 * The forecast-path and chart-overlay construction as it was before they became cheap to
 * build (commit dfafa48): every point computes its own instant, and every path point
 * refits the trend line. Kept as the oracle the faster construction must match bit for
 * bit, on independently built indicators.
 */
public final class LegacyPaths {

	private final PriceSeries series;

	private final Duration horizon;

	private final int steps;

	private final ForecastModels forecasts;

	private final TrendForecastIndicator trend;

	private final MomentumForecastIndicator momentum;

	public LegacyPaths(PriceSeries series, ModelSettings settings, Duration trendWindow, Duration horizon, int steps) {
		this.series = series;
		this.horizon = horizon;
		this.steps = steps;
		this.forecasts = new ForecastModels(series, settings, trendWindow, horizon, steps);
		this.trend = new TrendForecastIndicator(series, trendWindow, horizon);
		Indicator price = Indicators.price(series);
		Indicator smoothedMomentum = Indicators.sma(new MomentumIndicator(price, settings.momentumPeriod()),
				settings.momentumSmoothing());
		this.momentum = new MomentumForecastIndicator(price, smoothedMomentum, settings.momentumPeriod(), steps);
	}

	/** The path of {@code model} from origin {@code index}, built the old way. */
	public List<TimedValue> path(Model model, int index) {
		if (Double.isNaN(this.forecasts.forecast(model).value(index))) {
			return List.of();
		}
		List<TimedValue> path = new ArrayList<>(this.steps);
		for (int step = 1; step <= this.steps; step++) {
			path.add(new TimedValue(stepTime(index, step), pathValue(model, index, step)));
		}
		return List.copyOf(path);
	}

	/** The consensus path, weighted step by step the old way. */
	public static List<TimedValue> weighted(List<List<TimedValue>> paths, double[] weights) {
		List<TimedValue> path = new ArrayList<>();
		for (int step = 0; step < paths.getFirst().size(); step++) {
			double value = 0;
			for (int j = 0; j < weights.length; j++) {
				value += weights[j] * paths.get(j).get(step).value();
			}
			path.add(new TimedValue(paths.getFirst().get(step).time(), value));
		}
		return path;
	}

	/**
	 * The model's forecast wherever it is defined, at the origin's time (MA overlays).
	 */
	public List<TimedValue> definedValues(Model model) {
		Indicator indicator = this.forecasts.forecast(model);
		List<TimedValue> values = new ArrayList<>();
		for (int i = indicator.unstableBars(); i < indicator.series().size(); i++) {
			double value = indicator.value(i);
			if (!Double.isNaN(value)) {
				values.add(new TimedValue(indicator.series().time(i), value));
			}
		}
		return values;
	}

	/** The fitted trend line over the window ending at {@code index} (trend overlay). */
	public List<TimedValue> trendLine(int index) {
		var line = this.trend.fit(index);
		if (line == null) {
			return List.of();
		}
		List<TimedValue> values = new ArrayList<>();
		for (int j = this.trend.windowStart(index); j <= index; j++) {
			values.add(new TimedValue(this.series.time(j), Math.max(0, line.valueAt(this.trend.hours(j)))));
		}
		return List.copyOf(values);
	}

	private double pathValue(Model model, int index, int step) {
		return switch (model) {
			case MA_SHORT, MA_LONG, NAIVE -> this.forecasts.forecast(model).value(index);
			case TREND -> Math.max(0, this.trend.fit(index)
				.valueAt(this.trend.hours(index) + this.trend.horizonHours() * step / this.steps));
			case MOMENTUM -> Math.max(0, this.series.price(index) + this.momentum.ratePerStep(index) * step);
		};
	}

	private Instant stepTime(int index, int step) {
		return this.series.time(index).plusMillis(Math.round((double) this.horizon.toMillis() * step / this.steps));
	}

}
