package io.cryptoviz.ml.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cryptoviz.ml.indicator.Indicator;
import io.cryptoviz.ml.indicator.Indicators;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.TimedValue;

/**
 * The five models on one series, each as an {@link Indicator} whose value at index i is
 * the forecast of the price k steps after i, made from points 0..i only:
 * <ul>
 * <li>{@link Model#MA_SHORT} and {@link Model#MA_LONG}: SMA of the last w prices, the
 * level the price is expected to revert to; flat path.</li>
 * <li>{@link Model#TREND}: OLS line over the trailing trend window, at t_i + H; the path
 * follows the line.</li>
 * <li>{@link Model#MOMENTUM}: p + rate · k (see {@link MomentumForecastIndicator});
 * linear path.</li>
 * <li>{@link Model#NAIVE}: p itself; flat path.</li>
 * </ul>
 * The live forecast is the value at the last index; a backtest reads every index. Build
 * one instance per analysis: the indicators and the time axis memoize and are not meant
 * to be shared between threads.
 */
public final class ForecastModels {

	private final PriceSeries series;

	private final ModelSettings settings;

	private final int steps;

	private final Map<Model, ModelForecast> models = new EnumMap<>(Model.class);

	private final TrendForecastIndicator trend;

	private final TimeAxis timeAxis;

	/**
	 * Builds the model indicators.
	 * @param series the prices
	 * @param settings the model parameters
	 * @param trendWindow the length of history the trend is fitted on at each origin
	 * @param horizon the forecast horizon H
	 * @param steps the horizon in sampling steps, k
	 */
	public ForecastModels(PriceSeries series, ModelSettings settings, Duration trendWindow, Duration horizon,
			int steps) {
		if (steps < 1) {
			throw new IllegalArgumentException("steps must be at least 1, was " + steps);
		}
		this.series = series;
		this.settings = settings;
		this.timeAxis = new TimeAxis(series, horizon, steps);
		this.steps = steps;
		Indicator price = Indicators.price(series);
		this.trend = new TrendForecastIndicator(series, trendWindow, horizon);
		Indicator smoothedMomentum = Indicators.sma(new MomentumIndicator(price, settings.momentumPeriod()),
				settings.momentumSmoothing());
		MomentumForecastIndicator momentum = new MomentumForecastIndicator(price, smoothedMomentum,
				settings.momentumPeriod(), steps);
		Indicator maShort = Indicators.sma(price, settings.maShort());
		Indicator maLong = Indicators.sma(price, settings.maLong());
		this.models.put(Model.MA_SHORT, new ModelForecast(maShort, ForecastPath.level(maShort)));
		this.models.put(Model.MA_LONG, new ModelForecast(maLong, ForecastPath.level(maLong)));
		this.models.put(Model.TREND, new ModelForecast(this.trend, this.trend::path));
		this.models.put(Model.MOMENTUM, new ModelForecast(momentum, momentum::path));
		this.models.put(Model.NAIVE, new ModelForecast(price, ForecastPath.level(price)));
	}

	/**
	 * The forecasts of one model at every origin.
	 * @param model the model
	 * @return the forecast indicator, NaN where the model lacks data
	 */
	public Indicator forecast(Model model) {
		return this.models.get(model).values();
	}

	/**
	 * Whether the model can forecast at {@code index}, and if not, how many points it
	 * needs.
	 * @param model the model
	 * @param index the origin
	 * @return true if the forecast at {@code index} is defined
	 */
	public boolean hasForecast(Model model, int index) {
		return !Double.isNaN(forecast(model).value(index));
	}

	/**
	 * The forecast path from origin {@code index}: one point per step j = 1..k, stamped
	 * t_i + j · H / k so that the last point lands exactly on the horizon and equals the
	 * forecast. Each model builds its own path ({@link ForecastPath}); the k instants
	 * come from a {@link TimeAxis} shared by every path from the same origin, which
	 * matters at long horizons (k = 288 at 24 h).
	 * @param model the model
	 * @param index the origin
	 * @return k points, empty if the model has no forecast at {@code index}
	 */
	public List<TimedValue> path(Model model, int index) {
		if (!hasForecast(model, index)) {
			return List.of();
		}
		return this.models.get(model).path().from(index, this.timeAxis.stepTimes(index));
	}

	/**
	 * The model's forecast at every origin where it is defined, stamped with the origin's
	 * time, for the chart overlays (the moving averages). Warm-up points are left out.
	 * @param model the model
	 * @return the defined values, oldest first
	 */
	public List<TimedValue> definedForecasts(Model model) {
		Indicator indicator = forecast(model);
		Instant[] times = this.timeAxis.seriesTimes();
		int from = Math.min(indicator.unstableBars(), times.length);
		TimedValue[] values = new TimedValue[times.length - from];
		int count = 0;
		for (int i = from; i < times.length; i++) {
			double value = indicator.value(i);
			if (!Double.isNaN(value)) {
				values[count++] = new TimedValue(times[i], value);
			}
		}
		return List.of((count == values.length) ? values : Arrays.copyOf(values, count));
	}

	/**
	 * The fitted trend line at the points of the window ending at {@code index}, for the
	 * chart overlay.
	 * @param index the origin
	 * @return the line at each fitted point's time, clamped at 0; empty if unfitted
	 */
	public List<TimedValue> trendLine(int index) {
		var line = this.trend.fit(index);
		if (line == null) {
			return List.of();
		}
		Instant[] times = this.timeAxis.seriesTimes();
		int from = this.trend.windowStart(index);
		TimedValue[] values = new TimedValue[index + 1 - from];
		for (int j = from; j <= index; j++) {
			values[j - from] = new TimedValue(times[j], Math.max(0, line.valueAt(this.trend.hours(j))));
		}
		return List.of(values);
	}

	public PriceSeries series() {
		return this.series;
	}

	public ModelSettings settings() {
		return this.settings;
	}

	public int steps() {
		return this.steps;
	}

	/**
	 * One model on this series: what it forecasts at each origin, and how it gets there.
	 *
	 * @param values the forecast at every origin, as the backtest scores it
	 * @param path the path from an origin to that forecast
	 */
	private record ModelForecast(Indicator values, ForecastPath path) {

	}

}
