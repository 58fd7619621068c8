package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.util.List;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.analysis.Outcome.Forecast;
import io.cryptoviz.ml.consensus.ConsensusIndicator;
import io.cryptoviz.ml.consensus.ConsensusWeights;
import io.cryptoviz.ml.consensus.Signal;
import io.cryptoviz.ml.model.ForecastModels;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.model.ModelSettings;
import io.cryptoviz.ml.series.PriceSeries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.assertj.core.data.Percentage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PredictionEnginePropertiesTest {

	private static final double TOLERANCE = 1e-9;

	private static final Percentage RELATIVE = Percentage.withPercentage(TOLERANCE * 100);

	private final PredictionEngine engine = new PredictionEngine();

	private static List<Forecast> forecasts(AnalysisResult result) {
		var forecasts = new java.util.ArrayList<Forecast>();
		result.models().stream().map(ModelResult::forecast).filter(f -> f != null).forEach(forecasts::add);
		forecasts.add(result.naive().forecast());
		if (result.consensus().outcome() instanceof Forecast consensus) {
			forecasts.add(consensus);
		}
		return forecasts;
	}

	@Property(tries = 100)
	void constant_series_gives_every_forecast_equal_to_the_price_full_confidence_and_hold(
			@ForAll @IntRange(min = 1, max = 400) int size, @ForAll @DoubleRange(min = 0.01, max = 1e6) double price,
			@ForAll @IntRange(min = 1, max = 48) int horizonHours) {
		AnalysisResult result = this.engine.analyze(TestSeries.constant(size, price),
				AnalysisSettings.defaults().withHorizon(Duration.ofHours(horizonHours)));
		assertThat(forecasts(result)).allSatisfy(forecast -> {
			assertThat(forecast.value()).isCloseTo(price, RELATIVE);
			assertThat(forecast.confidence()).isCloseTo(100, within(TOLERANCE));
		});
		assertThat(result.signal().action()).isEqualTo(Signal.Action.HOLD);
	}

	@Property(tries = 100)
	void perfectly_linear_series_makes_the_trend_forecast_exact(@ForAll @IntRange(min = 10, max = 864) int size,
			@ForAll @DoubleRange(min = 1, max = 1e5) double first, @ForAll @DoubleRange(min = -1, max = 1) double tilt,
			@ForAll @IntRange(min = 1, max = 48) int horizonHours) {
		int stepsToTarget = size - 1 + 12 * horizonHours;
		double slope = (tilt < 0) ? tilt * first / (2 * stepsToTarget) : tilt * first / size;
		AnalysisResult result = this.engine.analyze(TestSeries.linear(size, first, slope),
				AnalysisSettings.defaults().withHorizon(Duration.ofHours(horizonHours)));
		assertThat(result.model(Model.TREND).forecast().value()).isCloseTo(first + slope * stepsToTarget, RELATIVE);
	}

	@Property(tries = 30)
	void scaling_prices_scales_forecasts_and_keeps_percentages_and_confidences(@ForAll long seed,
			@ForAll @DoubleRange(min = 0.001, max = 1000) @Scale(6) double factor) {
		PriceSeries series = TestSeries.randomWalk(seed, 400, 50);
		AnalysisSettings settings = AnalysisSettings.defaults().withHorizon(Duration.ofHours(4));
		List<Forecast> original = forecasts(this.engine.analyze(series, settings));
		List<Forecast> scaled = forecasts(this.engine.analyze(series.scaled(factor), settings));
		assertThat(scaled).hasSameSizeAs(original);
		for (int i = 0; i < original.size(); i++) {
			assertThat(scaled.get(i).value()).isCloseTo(original.get(i).value() * factor, RELATIVE);
			assertThat(scaled.get(i).changePercent()).isCloseTo(original.get(i).changePercent(), within(TOLERANCE));
			assertThat(scaled.get(i).confidence()).isCloseTo(original.get(i).confidence(), within(TOLERANCE));
		}
	}

	@Property(tries = 50)
	void changing_points_after_an_origin_never_changes_that_origins_backtest_forecast(@ForAll long seed,
			@ForAll @IntRange(min = 0, max = 298) int origin, @ForAll @DoubleRange(min = 0.5, max = 2) double shock) {
		PriceSeries series = TestSeries.randomWalk(seed, 300, 100);
		double[] prices = series.prices();
		for (int i = origin + 1; i < prices.length; i++) {
			prices[i] *= shock * (1 + 0.01 * (i % 7));
		}
		PriceSeries changed = TestSeries.of(prices);
		ForecastModels before = models(series);
		ForecastModels after = models(changed);
		for (Model model : Model.values()) {
			assertThat(Double.valueOf(after.forecast(model).value(origin))).as(model.name())
				.isEqualTo((Object) before.forecast(model).value(origin));
		}
		assertThat(Double.valueOf(consensus(after).value(origin))).isEqualTo((Object) consensus(before).value(origin));
	}

	private static ForecastModels models(PriceSeries series) {
		return new ForecastModels(series, ModelSettings.defaults(), Duration.ofHours(6), Duration.ofHours(2), 24);
	}

	private static ConsensusIndicator consensus(ForecastModels models) {
		var weights = ConsensusWeights.defaults()
			.renormalised(List.of(Model.MA_SHORT, Model.MA_LONG, Model.TREND, Model.MOMENTUM));
		return new ConsensusIndicator(weights.keySet().stream().map(models::forecast).toList(),
				weights.values().stream().mapToDouble(Double::doubleValue).toArray());
	}

}
