package io.cryptoviz.ml.model;

import java.time.Duration;
import java.util.List;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.TimedValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastModelsTest {

	private static final double TOLERANCE = 1e-9;

	private static final Duration ONE_HOUR = Duration.ofHours(1);

	private static final Duration HISTORY = Duration.ofHours(72);

	private static final ModelSettings SMALL = new ModelSettings(5, 20, 5, 2);

	private static ForecastModels models(PriceSeries series, ModelSettings settings) {
		return new ForecastModels(series, settings, HISTORY, ONE_HOUR, series.stepsFor(ONE_HOUR));
	}

	private static double lastForecast(ForecastModels models, Model model) {
		return models.forecast(model).value(models.series().size() - 1);
	}

	@Nested
	class MovingAverages {

		@Test
		void forecasts_are_the_means_of_the_last_w_prices() {
			ForecastModels models = models(TestSeries.linear(25, 1, 1), SMALL);
			assertThat(lastForecast(models, Model.MA_SHORT)).isCloseTo((21 + 22 + 23 + 24 + 25) / 5.0,
					within(TOLERANCE));
			assertThat(lastForecast(models, Model.MA_LONG)).isCloseTo((6 + 25) / 2.0, within(TOLERANCE));
		}

		@Test
		void path_is_flat() {
			ForecastModels models = models(TestSeries.linear(25, 1, 1), SMALL);
			assertThat(models.path(Model.MA_SHORT, 24)).hasSize(12)
				.extracting(TimedValue::value)
				.containsOnly((21 + 22 + 23 + 24 + 25) / 5.0);
		}

		@Test
		void too_few_points_give_no_forecast() {
			ForecastModels models = models(TestSeries.linear(19, 1, 1), SMALL);
			assertThat(models.hasForecast(Model.MA_LONG, 18)).isFalse();
		}

	}

	@Nested
	class Trend {

		@Test
		void ols_on_time_in_hours_matches_the_hand_computation() {
			// nine prices of 10 then one of 20, five minutes apart: t_i = i / 12 hours
			double meanT = 4.5 / 12;
			double meanP = (9 * 10 + 20) / 10.0;
			double sxx = (2 * (0.25 + 2.25 + 6.25 + 12.25 + 20.25)) / 144;
			double sxy = ((9 - 4.5) / 12 * (20 - meanP)) + ((36 - 9 * 4.5) / 12 * (10 - meanP));
			double expected = meanP + sxy / sxx * (9 / 12.0 + 1 - meanT);
			ForecastModels models = models(TestSeries.of(10, 10, 10, 10, 10, 10, 10, 10, 10, 20), SMALL);
			assertThat(lastForecast(models, Model.TREND)).isCloseTo(expected, within(TOLERANCE));
		}

		@Test
		void a_linear_series_is_extrapolated_by_the_horizon_in_hours() {
			ForecastModels models = models(TestSeries.linear(100, 1000, 2), SMALL);
			assertThat(lastForecast(models, Model.TREND)).isCloseTo(1000 + 2 * 99 + 2 * 12, within(TOLERANCE));
		}

		@Test
		void the_path_follows_the_line_to_the_horizon() {
			ForecastModels models = models(TestSeries.linear(100, 1000, 2), SMALL);
			List<TimedValue> path = models.path(Model.TREND, 99);
			assertThat(path).hasSize(12);
			assertThat(path.getFirst().value()).isCloseTo(1000 + 2 * 99 + 2, within(TOLERANCE));
			assertThat(path.getLast().time()).isEqualTo(models.series().lastTime().plus(ONE_HOUR));
			assertThat(path.getLast().value()).isCloseTo(lastForecast(models, Model.TREND), within(TOLERANCE));
		}

		@Test
		void a_steep_fall_is_clamped_at_zero() {
			ForecastModels models = new ForecastModels(TestSeries.linear(20, 100, -5), SMALL, HISTORY,
					Duration.ofHours(24), 288);
			assertThat(lastForecast(models, Model.TREND)).isZero();
		}

		@Test
		void nine_points_are_not_enough() {
			ForecastModels models = models(TestSeries.linear(9, 100, 1), SMALL);
			assertThat(models.hasForecast(Model.TREND, 8)).isFalse();
		}

		@Test
		void the_fit_uses_only_the_trailing_window() {
			PriceSeries series = TestSeries.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 100, 101, 102, 103, 104, 105, 106, 107,
					108, 109);
			ForecastModels models = new ForecastModels(series, SMALL, Duration.ofMinutes(50), ONE_HOUR, 12);
			assertThat(lastForecast(models, Model.TREND)).isCloseTo(109 + 12, within(TOLERANCE));
		}

	}

	@Nested
	class Momentum {

		@Test
		void forecast_is_price_plus_mean_momentum_per_step_times_steps() {
			// m = 5, s = 2: mom_6 = 31 - 11, mom_7 = 38 - 13
			double ratePerStep = ((31 - 11) + (38 - 13)) / 2.0 / 5;
			ForecastModels models = models(TestSeries.of(10, 11, 13, 16, 20, 25, 31, 38), SMALL);
			assertThat(lastForecast(models, Model.MOMENTUM)).isCloseTo(38 + ratePerStep * 12, within(TOLERANCE));
		}

		@Test
		void path_is_linear_in_steps() {
			double ratePerStep = ((31 - 11) + (38 - 13)) / 2.0 / 5;
			ForecastModels models = models(TestSeries.of(10, 11, 13, 16, 20, 25, 31, 38), SMALL);
			assertThat(models.path(Model.MOMENTUM, 7).get(2).value()).isCloseTo(38 + ratePerStep * 3,
					within(TOLERANCE));
		}

		@Test
		void needs_period_plus_smoothing_points() {
			ForecastModels models = models(TestSeries.of(10, 11, 13, 16, 20, 25, 31), SMALL);
			assertThat(models.hasForecast(Model.MOMENTUM, 5)).isFalse();
			assertThat(models.hasForecast(Model.MOMENTUM, 6)).isTrue();
			assertThat(SMALL.requiredPoints(Model.MOMENTUM)).isEqualTo(5 + 2);
		}

		@Test
		void the_rate_does_not_depend_on_the_period_for_a_straight_line() {
			PriceSeries series = TestSeries.linear(60, 100, 0.5);
			double shortPeriod = lastForecast(models(series, new ModelSettings(5, 20, 5, 10)), Model.MOMENTUM);
			double longPeriod = lastForecast(models(series, new ModelSettings(5, 20, 30, 10)), Model.MOMENTUM);
			assertThat(shortPeriod).isCloseTo(longPeriod, within(TOLERANCE))
				.isCloseTo(100 + 0.5 * 59 + 0.5 * 12, within(TOLERANCE));
		}

	}

	@Test
	void naive_forecast_is_the_last_price() {
		ForecastModels models = models(TestSeries.of(3, 1, 4, 1, 5), SMALL);
		assertThat(lastForecast(models, Model.NAIVE)).isEqualTo(5);
	}

}
