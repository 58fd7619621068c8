package io.cryptoviz.ml.model;

import java.time.Duration;
import java.util.List;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.series.PriceSeries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forecast paths are exactly, not approximately, what the original per-point construction
 * ({@link LegacyPaths}) produced: same instants, same doubles.
 */
class ForecastPathTest {

	private static final Duration HISTORY = Duration.ofHours(72);

	private static final ModelSettings DEFAULTS = ModelSettings.defaults();

	/** 1 h, 4 h, 24 h, and horizons whose step is not a whole number of milliseconds. */
	@ParameterizedTest
	@ValueSource(longs = { 3_600, 14_400, 86_400, 12_345, 7 * 86_400 + 1 })
	void paths_on_random_walks_equal_the_original_construction(long horizonSeconds) {
		Duration horizon = Duration.ofSeconds(horizonSeconds);
		for (long seed = 1; seed <= 4; seed++) {
			PriceSeries series = TestSeries.randomWalk(seed, 864, 50 + seed * 1_000);
			assertSamePaths(series, horizon, List.of(0, 60, 431, 863));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 3_600, 86_400 })
	void paths_clamped_at_zero_equal_the_original_construction(long horizonSeconds) {
		PriceSeries falling = TestSeries.linear(120, 1_200, -10);
		assertSamePaths(falling, Duration.ofSeconds(horizonSeconds), List.of(59, 119));
	}

	private static void assertSamePaths(PriceSeries series, Duration horizon, List<Integer> origins) {
		int steps = series.stepsFor(horizon);
		ForecastModels models = new ForecastModels(series, DEFAULTS, HISTORY, horizon, steps);
		LegacyPaths legacy = new LegacyPaths(series, DEFAULTS, HISTORY, horizon, steps);
		for (int origin : origins) {
			for (Model model : Model.values()) {
				assertThat(models.path(model, origin)).as("%s from %d, H = %s", model, origin, horizon)
					.isEqualTo(legacy.path(model, origin));
			}
		}
	}

}
