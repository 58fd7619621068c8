package io.cryptoviz.ml.indicator;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.series.PriceSeries;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Known values on tiny series, with the expected values written as the arithmetic that
 * yields them. The real-data comparison with ta4j is in {@link Ta4jOracleTest}.
 */
class IndicatorsTest {

	private static final double TOLERANCE = 1e-12;

	private static final double NaN = Double.NaN;

	@Nested
	class MovingAverages {

		@Test
		void sma_is_undefined_for_the_first_period_minus_one_values() {
			assertThat(Indicators.sma(new double[] { 1, 2, 3, 4, 5 }, 3)).usingComparatorWithPrecision(TOLERANCE)
				.containsExactly(NaN, NaN, (1 + 2 + 3) / 3.0, (2 + 3 + 4) / 3.0, (3 + 4 + 5) / 3.0);
		}

		@Test
		void sma_keeps_its_running_sum_exact_enough_over_long_series() {
			double[] prices = TestSeries.randomWalk(7, 5000, 80_000).prices();
			double[] sma = Indicators.sma(prices, 20);
			double direct = 0;
			for (int j = 4980; j < 5000; j++) {
				direct += prices[j];
			}
			assertThat(sma[4999]).isCloseTo(direct / 20, within(1e-6));
		}

		@Test
		void ema_is_seeded_with_the_sma_of_the_first_period_values() {
			double alpha = 2.0 / (3 + 1);
			double seed = (1 + 2 + 3) / 3.0;
			double third = seed + alpha * (4 - seed);
			assertThat(Indicators.ema(new double[] { 1, 2, 3, 4, 5 }, 3)).usingComparatorWithPrecision(TOLERANCE)
				.containsExactly(NaN, NaN, seed, third, third + alpha * (5 - third));
		}

		@Test
		void period_below_one_is_rejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> Indicators.sma(new double[] { 1 }, 0))
				.withMessage("SMA period must be at least 1, was 0");
		}

		@Test
		void warm_up_adds_along_a_chain() {
			Indicator price = Indicators.price(TestSeries.constant(50, 1));
			assertThat(Indicators.sma(Indicators.ema(price, 5), 3).unstableBars()).isEqualTo((5 - 1) + (3 - 1));
		}

	}

	@Nested
	class Rsi {

		@Test
		void rsi_uses_wilder_smoothing_seeded_with_the_mean_of_the_first_gains_and_losses() {
			// moves +1, -0.5, +1, -0.5
			double gain2 = (1 + 0) / 2.0;
			double loss2 = (0 + 0.5) / 2.0;
			double gain3 = (gain2 * (2 - 1) + 1) / 2;
			double loss3 = (loss2 * (2 - 1) + 0) / 2;
			double gain4 = (gain3 * (2 - 1) + 0) / 2;
			double loss4 = (loss3 * (2 - 1) + 0.5) / 2;
			assertThat(Indicators.rsi(new double[] { 1, 2, 1.5, 2.5, 2 }, 2)).usingComparatorWithPrecision(TOLERANCE)
				.containsExactly(NaN, NaN, 100 * gain2 / (gain2 + loss2), 100 * gain3 / (gain3 + loss3),
						100 * gain4 / (gain4 + loss4));
		}

		@Test
		void first_rsi_14_is_at_index_14() {
			double[] rsi = Indicators.rsi(TestSeries.randomWalk(1, 30, 100).prices(), 14);
			assertThat(rsi[13]).isNaN();
			assertThat(rsi[14]).isBetween(0.0, 100.0);
		}

		@Test
		void rsi_of_a_flat_series_is_zero_as_in_ta_lib() {
			assertThat(Indicators.rsi(TestSeries.constant(20, 5).prices(), 14)[19]).isZero();
		}

		@Test
		void rsi_of_a_rising_series_is_100() {
			assertThat(Indicators.rsi(TestSeries.linear(20, 5, 1).prices(), 14)[19]).isCloseTo(100, within(TOLERANCE));
		}

	}

	@Nested
	class Macd {

		@Test
		void both_emas_are_seeded_on_windows_ending_at_the_slow_seed_and_outputs_align_on_the_signal() {
			// MACD(2, 3, 2) on a doubling series; seeds end at index 3 - 1 = 2
			double fastAlpha = 2.0 / (2 + 1);
			double slowAlpha = 2.0 / (3 + 1);
			double fast2 = (2 + 4) / 2.0;
			double slow2 = (1 + 2 + 4) / 3.0;
			double fast3 = fast2 + fastAlpha * (8 - fast2);
			double slow3 = slow2 + slowAlpha * (8 - slow2);
			double line3 = fast3 - slow3;
			double signal3 = ((fast2 - slow2) + line3) / 2;
			var macd = Indicators.macd(new double[] { 1, 2, 4, 8 }, 2, 3, 2);
			assertThat(macd.line()).usingComparatorWithPrecision(TOLERANCE).containsExactly(NaN, NaN, NaN, line3);
			assertThat(macd.signal()).usingComparatorWithPrecision(TOLERANCE).containsExactly(NaN, NaN, NaN, signal3);
			assertThat(macd.histogram()).usingComparatorWithPrecision(TOLERANCE)
				.containsExactly(NaN, NaN, NaN, line3 - signal3);
		}

		@Test
		void standard_macd_starts_at_index_33_like_ta_lib() {
			var macd = Indicators.macd(TestSeries.randomWalk(3, 40, 100).prices(), 12, 26, 9);
			assertThat(macd.line()[32]).isNaN();
			assertThat(macd.signal()[33]).isFinite();
			assertThat(macd.histogram()[33]).isCloseTo(macd.line()[33] - macd.signal()[33], within(TOLERANCE));
		}

		@Test
		void the_line_indicator_itself_is_defined_from_the_slow_seed() {
			PriceSeries series = TestSeries.randomWalk(3, 40, 100);
			assertThat(Indicators.macd(Indicators.price(series), 12, 26, 9).line().unstableBars()).isEqualTo(25);
		}

		@Test
		void slow_period_must_exceed_fast_period() {
			assertThatIllegalArgumentException().isThrownBy(() -> Indicators.macd(new double[] { 1 }, 26, 12, 9))
				.withMessageContaining("slow period must be greater than the fast period 26, was 12");
		}

	}

	@Nested
	class Bollinger {

		@Test
		void bands_use_the_population_standard_deviation() {
			double sigma = Math.sqrt(((1 - 2.0) * (1 - 2.0) + 0 + (3 - 2.0) * (3 - 2.0)) / 3);
			var bands = Indicators.bollinger(new double[] { 1, 2, 3 }, 3, 2);
			assertThat(bands.middle()).usingComparatorWithPrecision(TOLERANCE).containsExactly(NaN, NaN, 2.0);
			assertThat(bands.upper()).usingComparatorWithPrecision(TOLERANCE).containsExactly(NaN, NaN, 2 + 2 * sigma);
			assertThat(bands.lower()).usingComparatorWithPrecision(TOLERANCE).containsExactly(NaN, NaN, 2 - 2 * sigma);
		}

		@Test
		void bands_collapse_on_a_flat_series() {
			var bands = Indicators.bollinger(TestSeries.constant(25, 7).prices(), 20, 2);
			assertThat(bands.upper()[24]).isEqualTo(bands.lower()[24]).isEqualTo(7);
		}

		@Test
		void non_positive_width_is_rejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> Indicators.bollinger(new double[] { 1 }, 20, 0))
				.withMessageContaining("width");
		}

	}

	@Nested
	class NoLookAhead {

		@Test
		void values_up_to_an_index_ignore_later_prices() {
			double[] prices = TestSeries.randomWalk(11, 200, 100).prices();
			double[] changed = prices.clone();
			for (int i = 120; i < changed.length; i++) {
				changed[i] *= 1.5;
			}
			assertThat(java.util.Arrays.copyOf(Indicators.macd(changed, 12, 26, 9).histogram(), 120))
				.containsExactly(java.util.Arrays.copyOf(Indicators.macd(prices, 12, 26, 9).histogram(), 120));
			assertThat(java.util.Arrays.copyOf(Indicators.rsi(changed, 14), 120))
				.containsExactly(java.util.Arrays.copyOf(Indicators.rsi(prices, 14), 120));
		}

	}

}
