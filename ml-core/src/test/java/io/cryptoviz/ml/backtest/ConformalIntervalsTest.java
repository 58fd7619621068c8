package io.cryptoviz.ml.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConformalIntervalsTest {

	@Test
	void bounds_are_the_conformal_ranks_of_the_sorted_errors() {
		// m = 39: 80 % takes ranks ⌊40·0.1⌋ = 4 and ⌈40·0.9⌉ = 36; 95 % takes 1 and 39
		List<Double> errors = new ArrayList<>(IntStream.rangeClosed(1, 39).mapToObj(i -> i / 100.0).toList());
		Collections.shuffle(errors, new Random(3));

		IntervalRecord[] records = of(errors, 1, 0.8, 0.95);

		assertThat(records[0].lowerError()).isEqualTo(0.04);
		assertThat(records[0].upperError()).isEqualTo(0.36);
		assertThat(records[1].available()).isFalse();
		assertThat(records[1].minimumErrors()).isEqualTo(40);
	}

	@Test
	void too_few_errors_give_no_interval_and_say_how_many_are_needed() {
		IntervalRecord record = of(List.of(0.01, -0.02, 0.03), 1, 0.8)[0];

		assertThat(record.available()).isFalse();
		assertThat(record.around(100)).isNull();
		assertThat(record.errors()).isEqualTo(3);
		assertThat(record.minimumErrors()).isEqualTo(20);
		assertThat(record.checks()).isZero();
		assertThat(record.coverage()).isNaN();
	}

	@Test
	void an_interval_scales_the_forecast_by_the_error_bounds() {
		IntervalRecord record = new IntervalRecord(0.8, 50, 20, -0.02, 0.03, 0.8, 30);

		assertThat(record.around(200).lower()).isCloseTo(196, within(1e-9));
		assertThat(record.around(200).upper()).isCloseTo(206, within(1e-9));
	}

	@Test
	void walk_forward_coverage_on_independent_errors_is_close_to_the_level() {
		Random random = new Random(8);
		List<Double> errors = random.doubles(4_000).map(x -> random.nextGaussian() * 0.01).boxed().toList();

		IntervalRecord[] records = of(errors, 1, 0.8, 0.95);

		assertThat(records[0].coverage()).isCloseTo(0.8, within(0.02));
		assertThat(records[1].coverage()).isCloseTo(0.95, within(0.01));
		assertThat(records[0].checks()).isEqualTo(4_000 - 20);
	}

	@Test
	void coverage_uses_only_errors_already_known_at_each_origin() {
		// The errors grow steadily, so intervals built from the past never hold the next
		// one; any look-ahead would lift the coverage above zero.
		List<Double> errors = IntStream.range(0, 300).mapToObj(i -> i / 1000.0).toList();

		IntervalRecord record = of(errors, 4, 0.8)[0];

		assertThat(record.checks()).isPositive();
		assertThat(record.coverage()).isZero();
	}

	@Test
	void the_fenwick_walk_matches_sorting_at_every_origin() {
		Random random = new Random(9);
		for (int steps : new int[] { 1, 3, 12 }) {
			List<Double> errors = random.doubles(700)
				.map(x -> Math.round(random.nextGaussian() * 50) / 1000.0)
				.boxed()
				.toList();
			List<double[]> withOrigins = IntStream.range(0, errors.size())
				.mapToObj(i -> new double[] { i, errors.get(i) })
				.toList();
			for (double level : new double[] { 0.8, 0.95 }) {
				IntervalRecord fast = of(errors, steps, level)[0];
				IntervalRecord reference = RefitBacktest.interval(withOrigins, level, steps);
				assertThat(fast).as("steps %d, level %s", steps, level).isEqualTo(reference);
			}
		}
	}

	private static IntervalRecord[] of(List<Double> errors, int steps, double... levels) {
		double[] values = errors.stream().mapToDouble(Double::doubleValue).toArray();
		int[] origins = IntStream.range(0, values.length).toArray();
		return ConformalIntervals.of(values, origins, values.length, steps, levels);
	}

	@Test
	void the_radix_sort_orders_signed_longs_as_arrays_sort_does() {
		Random random = new Random(12);
		for (int size : new int[] { 1, 2, 7, 300, 1_000 }) {
			long[] keys = random.longs(size).toArray();
			keys[0] = Long.MIN_VALUE;
			if (size > 1) {
				keys[1] = Long.MAX_VALUE;
			}
			long[] expected = keys.clone();
			java.util.Arrays.sort(expected);

			ConformalIntervals.radixSort(keys);

			assertThat(keys).as("size %d", size).containsExactly(expected);
		}
	}

}
