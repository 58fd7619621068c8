package io.cryptoviz.ml.backtest;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StudentTTest {

	private static final double TOLERANCE = 1e-9;

	@ParameterizedTest
	@CsvSource({ "12.7062047362, 1, 0.05", "2.2281388520, 10, 0.05", "2.0422724563, 30, 0.05", "2.8453397098, 20, 0.01",
			"63.6567411629, 1, 0.01", "4.3026527297, 2, 0.05" })
	void textbook_critical_values_give_their_level(double t, double degreesOfFreedom, double level) {
		assertThat(StudentT.twoSidedP(t, degreesOfFreedom)).isCloseTo(level, within(1e-8));
		assertThat(StudentT.twoSidedP(-t, degreesOfFreedom)).isCloseTo(level, within(1e-8));
	}

	@Test
	void one_degree_of_freedom_is_the_cauchy_distribution() {
		Random random = new Random(1);
		for (int i = 0; i < 1_000; i++) {
			double t = Math.exp(random.nextGaussian() * 3);
			assertThat(StudentT.twoSidedP(t, 1)).as("t = %s", t)
				.isCloseTo(1 - 2 / Math.PI * Math.atan(t), within(TOLERANCE));
		}
	}

	@Test
	void two_degrees_of_freedom_have_their_closed_form() {
		Random random = new Random(2);
		for (int i = 0; i < 1_000; i++) {
			double t = Math.exp(random.nextGaussian() * 3);
			assertThat(StudentT.twoSidedP(t, 2)).as("t = %s", t)
				.isCloseTo(1 - t / Math.sqrt(2 + t * t), within(TOLERANCE));
		}
	}

	@Test
	void zero_and_infinity_are_the_ends() {
		assertThat(StudentT.twoSidedP(0, 7)).isCloseTo(1, within(TOLERANCE));
		assertThat(StudentT.twoSidedP(Double.POSITIVE_INFINITY, 7)).isZero();
		assertThat(StudentT.twoSidedP(Double.NaN, 7)).isNaN();
	}

}
