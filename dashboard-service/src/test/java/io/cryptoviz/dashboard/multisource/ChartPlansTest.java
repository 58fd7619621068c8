package io.cryptoviz.dashboard.multisource;

import java.time.Instant;
import java.util.List;

import io.cryptoviz.store.read.PricePoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChartPlansTest {

	static final double TOLERANCE = 1e-9;

	static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void percent_view_is_the_change_since_the_first_point() {
		List<PricePoint> percent = ChartPlans.percentFromStart(List.of(new PricePoint(T0, 200),
				new PricePoint(T0.plusSeconds(300), 210), new PricePoint(T0.plusSeconds(600), 190)));
		assertThat(percent).extracting(PricePoint::price)
			.containsExactly(0.0, 100 * (210.0 / 200 - 1), 100 * (190.0 / 200 - 1));
	}

	@Test
	void the_gap_is_relative_to_the_mean_of_both_sources_and_only_where_both_exist() {
		List<PricePoint> gap = ChartPlans.gap(
				List.of(new PricePoint(T0, 100), new PricePoint(T0.plusSeconds(300), 100)),
				List.of(new PricePoint(T0, 102), new PricePoint(T0.plusSeconds(600), 99)));
		assertThat(gap).hasSize(1);
		assertThat(gap.getFirst().price()).isCloseTo(100 * (102.0 - 100) / ((102.0 + 100) / 2), within(TOLERANCE));
	}

}
