package io.cryptoviz.ml.backtest;

import java.util.Random;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DieboldMarianoTest {

	@Test
	void with_one_step_it_is_the_paired_t_test() {
		// mean −2, squared deviations sum to 6: s² = 6/9, t = −2 / √(6/9/10) = −7.745967
		double[] d = { -1, -2, -3, -1, -2, -3, -1, -2, -3, -2 };

		DieboldMariano.Comparison comparison = DieboldMariano.test(d, d.length, 1);

		assertThat(comparison.statistic()).isCloseTo(-2 / Math.sqrt(6.0 / 9 / 10), within(1e-12));
		assertThat(comparison.pValue()).isCloseTo(StudentT.twoSidedP(7.745966692414834, 9), within(1e-12))
			.isLessThan(0.001);
		assertThat(comparison.verdict()).isEqualTo(Verdict.BEATS_NAIVE);
		assertThat(comparison.independentWindows()).isEqualTo(10);
	}

	@Test
	void larger_errors_than_naive_beyond_chance_are_worse() {
		double[] d = DoubleStream.of(1, 2, 3, 1, 2, 3, 1, 2, 3, 2).toArray();

		assertThat(DieboldMariano.test(d, d.length, 1).verdict()).isEqualTo(Verdict.WORSE_THAN_NAIVE);
	}

	@Test
	void differences_that_cancel_out_are_no_difference() {
		double[] d = { 1, -1, 2, -2, 3, -3, 1, -1, 2, -2, 3, -3 };

		DieboldMariano.Comparison comparison = DieboldMariano.test(d, d.length, 1);

		assertThat(comparison.statistic()).isCloseTo(0, within(1e-12));
		assertThat(comparison.pValue()).isCloseTo(1, within(1e-9));
		assertThat(comparison.verdict()).isEqualTo(Verdict.NO_DIFFERENCE);
	}

	@Test
	void fewer_than_ten_independent_windows_are_too_little_data() {
		double[] d = new Random(4).doubles(39, -2, -1).toArray();

		DieboldMariano.Comparison comparison = DieboldMariano.test(d, d.length, 4);

		assertThat(comparison.verdict()).isEqualTo(Verdict.TOO_LITTLE_DATA);
		assertThat(comparison.independentWindows()).isEqualTo(9);
		assertThat(comparison.pValue()).isNaN();
	}

	@Test
	void overlap_widens_the_variance_so_a_small_edge_is_no_longer_significant() {
		// A persistent edge in overlapping windows: consecutive differentials share
		// h − 1 of their h steps, which the HAC variance must account for.
		Random random = new Random(11);
		int h = 12;
		double[] shocks = random.doubles(612).map(x -> x - 0.5).toArray();
		double[] d = new double[600];
		for (int t = 0; t < d.length; t++) {
			for (int j = 0; j < h; j++) {
				d[t] += shocks[t + j];
			}
			d[t] = d[t] / h - 0.03;
		}

		DieboldMariano.Comparison asIfIndependent = DieboldMariano.test(d, d.length, 1);
		DieboldMariano.Comparison overlapping = DieboldMariano.test(d, d.length, h);

		assertThat(asIfIndependent.verdict()).isEqualTo(Verdict.BEATS_NAIVE);
		assertThat(overlapping.pValue()).isGreaterThan(asIfIndependent.pValue() * 10);
	}

	@Test
	void the_fast_test_matches_the_double_sum_from_the_definition() {
		Random random = new Random(5);
		for (int h : new int[] { 1, 2, 4, 12, 48 }) {
			double[] d = random.doubles(1_000).map(x -> x - 0.52).toArray();
			java.util.List<Double> list = DoubleStream.of(d).boxed().toList();

			DieboldMariano.Comparison fast = DieboldMariano.test(d, d.length, h);
			DieboldMariano.Comparison reference = RefitBacktest.dieboldMariano(list, h);

			assertThat(fast.statistic()).as("h = %d", h).isCloseTo(reference.statistic(), within(1e-9));
			assertThat(fast.pValue()).as("h = %d", h).isCloseTo(reference.pValue(), within(1e-9));
			assertThat(fast.verdict()).isEqualTo(reference.verdict());
		}
	}

}
