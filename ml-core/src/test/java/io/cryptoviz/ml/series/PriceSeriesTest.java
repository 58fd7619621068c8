package io.cryptoviz.ml.series;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cryptoviz.ml.TestSeries;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.cryptoviz.ml.TestSeries.FIVE_MINUTES;
import static io.cryptoviz.ml.TestSeries.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceSeriesTest {

	private static final double TOLERANCE = 1e-9;

	@Nested
	class Validation {

		@Test
		void empty_input_is_rejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> PriceSeries.of(new long[0], new double[0]))
				.withMessageContaining("at least one point");
		}

		@Test
		void nan_price_is_rejected_naming_the_point() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> PriceSeries.of(new long[] { 1, 2, 3 }, new double[] { 1, Double.NaN, 3 }))
				.withMessageContaining("price at index 1 (" + Instant.ofEpochMilli(2) + ")")
				.withMessageContaining("was NaN");
		}

		@Test
		void zero_price_is_rejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> PriceSeries.of(new long[] { 1, 2 }, new double[] { 1, 0 }))
				.withMessageContaining("price at index 1");
		}

		@Test
		void negative_price_is_rejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> PriceSeries.of(new long[] { 1, 2 }, new double[] { -1, 2 }))
				.withMessageContaining("price at index 0");
		}

		@Test
		void infinite_price_is_rejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> PriceSeries.of(new long[] { 1 }, new double[] { Double.POSITIVE_INFINITY }))
				.withMessageContaining("positive and finite");
		}

		@Test
		void unsorted_timestamps_are_rejected_naming_the_first_bad_point() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> PriceSeries.of(new long[] { 10, 20, 15, 5 }, new double[] { 1, 1, 1, 1 }))
				.withMessageContaining("timestamp at index 2");
		}

		@Test
		void duplicate_timestamps_are_rejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> PriceSeries.of(new long[] { 10, 10 }, new double[] { 1, 2 }))
				.withMessageContaining("strictly increasing");
		}

		@Test
		void mismatched_lengths_are_rejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> PriceSeries.of(new long[] { 10 }, new double[] { 1, 2 }))
				.withMessageContaining("one price per timestamp");
		}

		@Test
		void input_arrays_are_copied() {
			double[] prices = { 1, 2 };
			PriceSeries series = PriceSeries.of(new long[] { 1, 2 }, prices);
			prices[0] = 99;
			assertThat(series.price(0)).isEqualTo(1);
		}

	}

	@Nested
	class SamplingInterval {

		@Test
		void median_spacing_ignores_a_single_gap() {
			PriceSeries series = PriceSeries.of(new long[] { 0, 300_000, 600_000, 3_600_000, 3_900_000 },
					new double[] { 1, 1, 1, 1, 1 });
			assertThat(series.samplingInterval()).isEqualTo(Duration.ofMinutes(5));
		}

		@Test
		void even_number_of_spacings_takes_the_mean_of_the_middle_two() {
			PriceSeries series = PriceSeries.of(new long[] { 0, 100, 300 }, new double[] { 1, 1, 1 });
			assertThat(series.samplingInterval()).isEqualTo(Duration.ofMillis((100 + 200) / 2));
		}

		@Test
		void horizon_of_one_hour_on_five_minute_data_is_twelve_steps() {
			assertThat(TestSeries.constant(10, 1).stepsFor(Duration.ofHours(1))).isEqualTo(60 / 5);
		}

		@Test
		void horizon_shorter_than_half_a_step_is_still_one_step() {
			assertThat(TestSeries.constant(10, 1).stepsFor(Duration.ofMinutes(1))).isEqualTo(1);
		}

		@Test
		void horizon_is_rounded_to_the_nearest_step() {
			assertThat(TestSeries.constant(10, 1).stepsFor(Duration.ofMinutes(13))).isEqualTo(3);
		}

	}

	@Nested
	class Merge {

		@Test
		void two_sources_in_one_bucket_give_their_mean() {
			PriceSeries a = PriceSeries.of(new long[] { START + 10_000 }, new double[] { 100 });
			PriceSeries b = PriceSeries.of(new long[] { START + 20_000 }, new double[] { 102 });
			PriceSeries merged = PriceSeries.merge(a, b, Duration.ofMinutes(5));
			assertThat(merged.points()).containsExactly(new PricePoint(Instant.ofEpochMilli(START), (100.0 + 102) / 2));
		}

		@Test
		void a_source_reporting_twice_in_a_bucket_counts_once() {
			PriceSeries a = PriceSeries.of(new long[] { START, START + 60_000 }, new double[] { 100, 104 });
			PriceSeries b = PriceSeries.of(new long[] { START + 30_000 }, new double[] { 110 });
			PriceSeries merged = PriceSeries.merge(a, b, Duration.ofMinutes(5));
			assertThat(merged.price(0)).isCloseTo(((100.0 + 104) / 2 + 110) / 2,
					org.assertj.core.data.Offset.offset(TOLERANCE));
		}

		@Test
		void buckets_covered_by_one_source_keep_that_source_and_empty_buckets_stay_out() {
			PriceSeries a = PriceSeries.of(new long[] { START, START + 2 * FIVE_MINUTES }, new double[] { 100, 120 });
			PriceSeries b = PriceSeries.of(new long[] { START + FIVE_MINUTES + 1 }, new double[] { 110 });
			PriceSeries merged = PriceSeries.merge(List.of(a, b), Duration.ofMinutes(5));
			assertThat(merged.points()).extracting(PricePoint::price).containsExactly(100.0, 110.0, 120.0);
		}

		@Test
		void merged_points_sit_on_the_bucket_grid() {
			PriceSeries a = PriceSeries.of(new long[] { START + 299_999, START + 300_001 }, new double[] { 1, 2 });
			PriceSeries merged = PriceSeries.merge(a, a, Duration.ofMinutes(5));
			assertThat(merged.points()).extracting(PricePoint::time)
				.containsExactly(Instant.ofEpochMilli(START), Instant.ofEpochMilli(START + FIVE_MINUTES));
		}

		@Test
		void zero_interval_is_rejected() {
			PriceSeries a = TestSeries.constant(3, 1);
			assertThatIllegalArgumentException().isThrownBy(() -> PriceSeries.merge(a, a, Duration.ZERO))
				.withMessageContaining("interval");
		}

	}

	@Nested
	class Windows {

		@Test
		void seventy_two_hours_of_five_minute_data_is_864_points() {
			PriceSeries series = TestSeries.constant(1000, 1);
			assertThat(series.tail(Duration.ofHours(72)).size()).isEqualTo(72 * 12);
		}

		@Test
		void a_window_longer_than_the_series_keeps_everything() {
			PriceSeries series = TestSeries.constant(10, 1);
			assertThat(series.tail(Duration.ofDays(30))).isSameAs(series);
		}

	}

}
