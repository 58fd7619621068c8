package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.analysis.Outcome.Forecast;
import io.cryptoviz.ml.consensus.ConsensusIndicator;
import io.cryptoviz.ml.consensus.ConsensusWeights;
import io.cryptoviz.ml.consensus.Signal;
import io.cryptoviz.ml.model.ForecastModels;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.model.ModelSettings;
import io.cryptoviz.ml.series.PriceSeries;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Seeded property tests: each property runs over the corners of its parameter ranges and
 * then over cases drawn from a {@link Random} with a fixed seed, so every run checks the
 * same cases and a failure message names the case that reproduces it.
 * <p>
 * Over 200 lines because the four properties share one set of case generators; apart,
 * each would repeat them.
 */
class PredictionEnginePropertiesTest {

	private static final double TOLERANCE = 1e-9;

	private static final Percentage RELATIVE = Percentage.withPercentage(TOLERANCE * 100);

	private final PredictionEngine engine = new PredictionEngine();

	private static List<Forecast> forecasts(AnalysisResult result) {
		var forecasts = new ArrayList<Forecast>();
		result.models().stream().map(ModelResult::forecast).filter(f -> f != null).forEach(forecasts::add);
		forecasts.add(result.naive().forecast());
		if (result.consensus().outcome() instanceof Forecast consensus) {
			forecasts.add(consensus);
		}
		return forecasts;
	}

	@Test
	void constant_series_gives_every_forecast_equal_to_the_price_full_confidence_and_hold() {
		List<ConstantCase> cases = new ArrayList<>();
		for (int size : new int[] { 1, 2, 400 }) {
			for (double price : new double[] { 0.01, 1, 1e6 }) {
				for (int horizonHours : new int[] { 1, 48 }) {
					cases.add(new ConstantCase(size, price, horizonHours));
				}
			}
		}
		Random random = new Random(ConstantCase.SEED);
		for (int i = 0; i < 100; i++) {
			cases.add(new ConstantCase(between(random, 1, 400), spread(random, 0.01, 1e6), between(random, 1, 48)));
		}
		assertThat(cases).hasSize(118);
		for (ConstantCase c : cases) {
			AnalysisResult result = this.engine.analyze(TestSeries.constant(c.size(), c.price()),
					AnalysisSettings.defaults().withHorizon(Duration.ofHours(c.horizonHours())));
			assertThat(forecasts(result)).as("%s", c).allSatisfy(forecast -> {
				assertThat(forecast.value()).as("%s: value of %s", c, forecast).isCloseTo(c.price(), RELATIVE);
				assertThat(forecast.confidence()).as("%s: confidence of %s", c, forecast)
					.isCloseTo(100, within(TOLERANCE));
			});
			assertThat(result.signal().action()).as("%s: signal", c).isEqualTo(Signal.Action.HOLD);
		}
	}

	@Test
	void perfectly_linear_series_makes_the_trend_forecast_exact() {
		List<LinearCase> cases = new ArrayList<>();
		for (int size : new int[] { 10, 11, 864 }) {
			for (double first : new double[] { 1, 1e5 }) {
				for (double tilt : new double[] { -1, 0, 1 }) {
					for (int horizonHours : new int[] { 1, 48 }) {
						cases.add(new LinearCase(size, first, tilt, horizonHours));
					}
				}
			}
		}
		Random random = new Random(LinearCase.SEED);
		for (int i = 0; i < 100; i++) {
			cases.add(new LinearCase(between(random, 10, 864), spread(random, 1, 1e5), uniform(random, -1, 1),
					between(random, 1, 48)));
		}
		assertThat(cases).hasSize(136);
		for (LinearCase c : cases) {
			int stepsToTarget = c.size() - 1 + 12 * c.horizonHours();
			double slope = (c.tilt() < 0) ? c.tilt() * c.first() / (2 * stepsToTarget)
					: c.tilt() * c.first() / c.size();
			AnalysisResult result = this.engine.analyze(TestSeries.linear(c.size(), c.first(), slope),
					AnalysisSettings.defaults().withHorizon(Duration.ofHours(c.horizonHours())));
			assertThat(result.model(Model.TREND).forecast().value()).as("%s: trend forecast", c)
				.isCloseTo(c.first() + slope * stepsToTarget, RELATIVE);
		}
	}

	@Test
	void scaling_prices_scales_forecasts_and_keeps_percentages_and_confidences() {
		List<ScalingCase> cases = new ArrayList<>();
		Random random = new Random(ScalingCase.SEED);
		for (double factor : new double[] { 0.001, 1, 1000 }) {
			cases.add(new ScalingCase(random.nextLong(), factor));
		}
		for (int i = 0; i < 30; i++) {
			cases.add(new ScalingCase(random.nextLong(), spread(random, 0.001, 1000)));
		}
		AnalysisSettings settings = AnalysisSettings.defaults().withHorizon(Duration.ofHours(4));
		assertThat(cases).hasSize(33);
		for (ScalingCase c : cases) {
			PriceSeries series = TestSeries.randomWalk(c.walkSeed(), 400, 50);
			List<Forecast> original = forecasts(this.engine.analyze(series, settings));
			List<Forecast> scaled = forecasts(this.engine.analyze(TestSeries.scaled(series, c.factor()), settings));
			assertThat(scaled).as("%s: forecasts", c).hasSameSizeAs(original);
			for (int i = 0; i < original.size(); i++) {
				assertThat(scaled.get(i).value()).as("%s: value of forecast %d", c, i)
					.isCloseTo(original.get(i).value() * c.factor(), RELATIVE);
				assertThat(scaled.get(i).changePercent()).as("%s: change of forecast %d", c, i)
					.isCloseTo(original.get(i).changePercent(), within(TOLERANCE));
				assertThat(scaled.get(i).confidence()).as("%s: confidence of forecast %d", c, i)
					.isCloseTo(original.get(i).confidence(), within(TOLERANCE));
			}
		}
	}

	@Test
	void changing_points_after_an_origin_never_changes_that_origins_backtest_forecast() {
		List<LookAheadCase> cases = new ArrayList<>();
		Random random = new Random(LookAheadCase.SEED);
		for (int origin : new int[] { 0, 1, 298 }) {
			for (double shock : new double[] { 0.5, 1, 2 }) {
				cases.add(new LookAheadCase(random.nextLong(), origin, shock));
			}
		}
		for (int i = 0; i < 50; i++) {
			cases.add(new LookAheadCase(random.nextLong(), between(random, 0, 298), uniform(random, 0.5, 2)));
		}
		assertThat(cases).hasSize(59);
		for (LookAheadCase c : cases) {
			PriceSeries series = TestSeries.randomWalk(c.walkSeed(), 300, 100);
			double[] prices = series.prices();
			for (int i = c.origin() + 1; i < prices.length; i++) {
				prices[i] *= c.shock() * (1 + 0.01 * (i % 7));
			}
			PriceSeries changed = TestSeries.of(prices);
			ForecastModels before = models(series);
			ForecastModels after = models(changed);
			for (Model model : Model.values()) {
				assertThat(Double.valueOf(after.forecast(model).value(c.origin()))).as("%s: %s", c, model.name())
					.isEqualTo((Object) before.forecast(model).value(c.origin()));
			}
			assertThat(Double.valueOf(consensus(after).value(c.origin()))).as("%s: consensus", c)
				.isEqualTo((Object) consensus(before).value(c.origin()));
		}
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

	/** An int in [min, max], both ends included. */
	private static int between(Random random, int min, int max) {
		return random.nextInt(min, max + 1);
	}

	/** A double in [min, max], uniform. */
	private static double uniform(Random random, double min, double max) {
		return Math.min(max, min + (max - min) * random.nextDouble());
	}

	/**
	 * A double in [min, max] (min > 0) whose magnitude is uniform, so ranges spanning
	 * several decades are exercised at small values too and not only near max.
	 */
	private static double spread(Random random, double min, double max) {
		return Math.min(max, min * Math.pow(max / min, random.nextDouble()));
	}

	private record ConstantCase(int size, double price, int horizonHours) {

		static final long SEED = 0x5EED_0001L;

	}

	private record LinearCase(int size, double first, double tilt, int horizonHours) {

		static final long SEED = 0x5EED_0002L;

	}

	private record ScalingCase(long walkSeed, double factor) {

		static final long SEED = 0x5EED_0003L;

	}

	private record LookAheadCase(long walkSeed, int origin, double shock) {

		static final long SEED = 0x5EED_0004L;

	}

}
