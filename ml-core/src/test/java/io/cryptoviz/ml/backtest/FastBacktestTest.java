package io.cryptoviz.ml.backtest;

import java.time.Duration;
import java.util.List;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.consensus.ConsensusIndicator;
import io.cryptoviz.ml.consensus.ConsensusWeights;
import io.cryptoviz.ml.model.ForecastModels;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.model.ModelSettings;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.SeriesCuts;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FastBacktestTest {

	/** 1e-9 relative, as a percentage. Exact checks box both sides so NaN equals NaN. */
	private static final Percentage RELATIVE = Percentage.withPercentage(1e-7);

	private static final Duration TREND_WINDOW = Duration.ofHours(24);

	private static final Duration HORIZON = Duration.ofHours(2);

	private static final int STEPS = 24;

	private static final ModelSettings SETTINGS = ModelSettings.defaults();

	private static final RefitBacktest REFIT = new RefitBacktest(SETTINGS, TREND_WINDOW, HORIZON, STEPS);

	private static ForecastModels fast(PriceSeries series) {
		return new ForecastModels(series, SETTINGS, TREND_WINDOW, HORIZON, STEPS);
	}

	private static void assertSameRecord(TrackRecord fast, TrackRecord refit) {
		assertThat(fast.origins()).isPositive().isEqualTo(refit.origins());
		assertThat(fast.mae()).isCloseTo(refit.mae(), RELATIVE);
		assertThat(fast.mape()).isCloseTo(refit.mape(), RELATIVE);
		assertThat(fast.naiveMae()).isCloseTo(refit.naiveMae(), RELATIVE);
		assertThat(fast.relativeMae()).isCloseTo(refit.relativeMae(), RELATIVE);
		assertThat(fast.directionalOrigins()).isEqualTo(refit.directionalOrigins());
		assertThat(Double.valueOf(fast.directionalAccuracyPercent()))
			.isEqualTo((Object) refit.directionalAccuracyPercent());
		assertThat(Double.valueOf(fast.upMovePercent())).isEqualTo((Object) refit.upMovePercent());
		assertThat(fast.verdict()).isEqualTo(refit.verdict());
		assertThat(fast.comparison().observations()).isEqualTo(refit.comparison().observations());
		assertThat(fast.comparison().pValue()).satisfiesAnyOf(
				p -> assertThat(p).isNaN().isEqualTo(refit.comparison().pValue()),
				p -> assertThat(p).isCloseTo(refit.comparison().pValue(), RELATIVE));
		for (IntervalRecord[] pair : new IntervalRecord[][] { { fast.interval80(), refit.interval80() },
				{ fast.interval95(), refit.interval95() } }) {
			assertThat(pair[0].errors()).isEqualTo(pair[1].errors());
			assertThat(pair[0].checks()).isEqualTo(pair[1].checks());
			assertThat(Double.valueOf(pair[0].coverage())).isEqualTo((Object) pair[1].coverage());
			assertThat(pair[0].available()).isEqualTo(pair[1].available());
			if (pair[0].available()) {
				assertThat(pair[0].lowerError()).isCloseTo(pair[1].lowerError(), RELATIVE);
				assertThat(pair[0].upperError()).isCloseTo(pair[1].upperError(), RELATIVE);
			}
		}
	}

	@Nested
	class MatchesRefitAtEveryOrigin {

		@ParameterizedTest
		@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
		void on_random_walks(long seed) {
			PriceSeries series = TestSeries.randomWalk(seed, 700, 80_000);
			ForecastModels models = fast(series);
			for (Model model : Model.values()) {
				for (int t = 0; t < series.size(); t++) {
					double expected = REFIT.forecast(model, SeriesCuts.head(series, t + 1));
					double actual = models.forecast(model).value(t);
					if (Double.isNaN(expected)) {
						assertThat(actual).as("%s at %d", model, t).isNaN();
					}
					else {
						assertThat(actual).as("%s at %d", model, t).isCloseTo(expected, RELATIVE);
					}
				}
				assertSameRecord(RollingOriginBacktest.evaluate(models.forecast(model), STEPS),
						REFIT.evaluate(model, series));
			}
		}

		@Test
		void on_a_series_with_gaps_where_the_trend_window_holds_fewer_points() {
			PriceSeries walk = TestSeries.randomWalk(9, 900, 2_000);
			long[] times = new long[600];
			double[] prices = new double[600];
			for (int i = 0, j = 0; i < 600; i++, j += (i % 50 < 25) ? 1 : 2) {
				times[i] = walk.epochMillis(j);
				prices[i] = walk.price(j);
			}
			PriceSeries series = PriceSeries.of(times, prices);
			assertSameRecord(RollingOriginBacktest.evaluate(fast(series).forecast(Model.TREND), STEPS),
					REFIT.evaluate(Model.TREND, series));
		}

		@Test
		void for_the_consensus() {
			PriceSeries series = TestSeries.randomWalk(42, 500, 3_000);
			ForecastModels models = fast(series);
			var weights = ConsensusWeights.defaults()
				.renormalised(List.of(Model.MA_SHORT, Model.MA_LONG, Model.TREND, Model.MOMENTUM));
			var consensus = new ConsensusIndicator(weights.keySet().stream().map(models::forecast).toList(),
					weights.values().stream().mapToDouble(Double::doubleValue).toArray());
			assertSameRecord(RollingOriginBacktest.evaluate(consensus, STEPS),
					REFIT.evaluateConsensus(weights, series));
		}

	}

	@Nested
	class Scoring {

		@Test
		void naive_relative_mae_is_exactly_one() {
			TrackRecord naive = RollingOriginBacktest
				.evaluate(fast(TestSeries.randomWalk(5, 300, 100)).forecast(Model.NAIVE), STEPS);
			assertThat(naive.relativeMae()).isEqualTo(1);
			assertThat(naive.verdict()).isEqualTo(Verdict.NO_DIFFERENCE);
			assertThat(naive.comparison().pValue()).isEqualTo(1);
			assertThat(naive.directionalAccuracyPercent()).isNaN();
		}

		@Test
		void known_values_on_a_tiny_series() {
			// MA 5 with k = 1 on 1, 2, 3, 4, 5, 6, 7: origins 4 and 5, forecasts 3 and 4,
			// actuals 6 and 7
			PriceSeries series = TestSeries.of(1, 2, 3, 4, 5, 6, 7);
			ForecastModels models = new ForecastModels(series, new ModelSettings(5, 20, 5, 1), TREND_WINDOW,
					Duration.ofMinutes(5), 1);
			TrackRecord record = RollingOriginBacktest.evaluate(models.forecast(Model.MA_SHORT), 1);
			assertThat(record.origins()).isEqualTo(2);
			assertThat(record.mae()).isCloseTo(((6 - 3) + (7 - 4)) / 2.0, within(1e-12));
			assertThat(record.mape()).isCloseTo((100.0 * 3 / 6 + 100.0 * 3 / 7) / 2, within(1e-12));
			assertThat(record.relativeMae()).isCloseTo(3 / 1.0, within(1e-12));
			assertThat(record.directionalAccuracyPercent()).isZero();
			assertThat(record.upMovePercent()).isEqualTo(100);
			assertThat(record.verdict()).isEqualTo(Verdict.TOO_LITTLE_DATA);
		}

		@Test
		void an_exact_model_beats_naive_by_100_percent() {
			// momentum extrapolates a straight line without error
			PriceSeries series = TestSeries.linear(400, 100, 1);
			TrackRecord record = RollingOriginBacktest.evaluate(fast(series).forecast(Model.MOMENTUM), STEPS);
			assertThat(record.mae()).isCloseTo(0, within(1e-9));
			assertThat(record.verdict()).isEqualTo(Verdict.BEATS_NAIVE);
			assertThat(record.comparison().pValue()).isZero();
		}

		@ParameterizedTest
		@EnumSource(Model.class)
		void too_short_a_series_has_no_track_record(Model model) {
			TrackRecord record = RollingOriginBacktest.evaluate(fast(TestSeries.constant(20, 1)).forecast(model),
					STEPS);
			assertThat(record.origins()).isZero();
			assertThat(record.verdict()).isEqualTo(Verdict.TOO_LITTLE_DATA);
		}

	}

}
