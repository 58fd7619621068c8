package io.cryptoviz.ml.indicator;

import io.cryptoviz.ml.TestSeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Known values of the one standard-deviation helper, on windows that end before the
 * series does so that values after the window visibly take no part.
 */
class StandardDeviationTest {

	private static final double TOLERANCE = 1e-12;

	/** 1, 2, 4, 9 and then 100, which no window below reaches. */
	private final Indicator values = Indicators.price(TestSeries.of(1, 2, 4, 9, 100));

	@Test
	void sample_divides_by_n_minus_one() {
		double mean = (2 + 4 + 9) / 3.0;
		double squares = (2 - mean) * (2 - mean) + (4 - mean) * (4 - mean) + (9 - mean) * (9 - mean);
		assertThat(StandardDeviation.sample(this.values, 3, 3)).isCloseTo(Math.sqrt(squares / 2), within(TOLERANCE));
	}

	@Test
	void population_divides_by_n() {
		double mean = (2 + 4 + 9) / 3.0;
		double squares = (2 - mean) * (2 - mean) + (4 - mean) * (4 - mean) + (9 - mean) * (9 - mean);
		assertThat(StandardDeviation.population(this.values, 3, 3)).isCloseTo(Math.sqrt(squares / 3),
				within(TOLERANCE));
	}

	@Test
	void mean_covers_the_count_values_ending_at_the_index() {
		assertThat(StandardDeviation.mean(this.values, 2, 2)).isCloseTo((2 + 4) / 2.0, within(TOLERANCE));
	}

	@Test
	void sample_of_a_single_value_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> StandardDeviation.sample(this.values, 0, 1))
			.withMessage("sample standard deviation needs at least 2 values, got 1");
	}

	@Test
	void huge_finite_values_scale_instead_of_overflowing() {
		// The same spread as 1, 2, 4, 9 scaled by 1e300: the deviations squared would
		// overflow, the standard deviation does not.
		Indicator huge = Indicators.price(TestSeries.of(1e300, 2e300, 4e300, 9e300));
		double plain = StandardDeviation.sample(Indicators.price(TestSeries.of(1, 2, 4, 9)), 3, 4);

		assertThat(StandardDeviation.sample(huge, 3, 4)).isCloseTo(plain * 1e300, within(plain * 1e300 * 1e-12));
		assertThat(StandardDeviation.population(huge, 3, 4)).isFinite();
		assertThat(StandardDeviation.mean(huge, 3, 4)).isCloseTo(4e300, within(1e288));
	}

	@Test
	void values_near_the_largest_double_keep_a_finite_mean() {
		Indicator top = Indicators.price(TestSeries.of(Double.MAX_VALUE, Double.MAX_VALUE / 2));

		assertThat(StandardDeviation.mean(top, 1, 2)).isCloseTo(Double.MAX_VALUE * 0.75,
				within(Double.MAX_VALUE * 1e-12));
		assertThat(StandardDeviation.sample(top, 1, 2)).isFinite().isPositive();
	}

}
