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

}
