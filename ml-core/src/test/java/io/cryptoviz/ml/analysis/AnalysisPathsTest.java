package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.model.LegacyPaths;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.TimedValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paths an analysis reports, the consensus included, and its chart overlays are
 * exactly those of the original per-point construction ({@link LegacyPaths}).
 */
class AnalysisPathsTest {

	private final PredictionEngine engine = new PredictionEngine();

	@ParameterizedTest
	@ValueSource(ints = { 1, 4, 24 })
	void every_path_equals_the_original_construction(int horizonHours) {
		AnalysisSettings settings = AnalysisSettings.defaults()
			.withHorizon(Duration.ofHours(horizonHours))
			.withWindows(Duration.ofHours(72), Duration.ofHours(72));
		for (long seed = 1; seed <= 3; seed++) {
			PriceSeries series = TestSeries.randomWalk(seed, 864, 80_000 / seed);
			AnalysisResult result = this.engine.analyze(series, settings);
			LegacyPaths legacy = new LegacyPaths(series, settings.models(), settings.history(), settings.horizon(),
					result.steps());
			int last = series.size() - 1;
			for (Model model : Model.values()) {
				assertThat(result.model(model).forecast().path()).as("%s, seed %d", model, seed)
					.hasSize(result.steps())
					.isEqualTo(legacy.path(model, last));
			}
			Map<Model, Double> weights = result.consensus().weights();
			List<List<TimedValue>> paths = new ArrayList<>();
			weights.keySet().forEach(model -> paths.add(legacy.path(model, last)));
			double[] weightArray = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
			assertThat(((Outcome.Forecast) result.consensus().outcome()).path()).as("consensus, seed %d", seed)
				.isEqualTo(LegacyPaths.weighted(paths, weightArray));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 30, 200, 864 })
	void overlays_equal_the_original_construction(int points) {
		AnalysisSettings settings = AnalysisSettings.defaults().withWindows(Duration.ofHours(72), Duration.ofHours(72));
		PriceSeries series = TestSeries.randomWalk(points, points, 30_000);
		AnalysisResult result = this.engine.analyze(series, settings);
		LegacyPaths legacy = new LegacyPaths(series, settings.models(), settings.history(), settings.horizon(),
				result.steps());
		assertThat(result.overlays().maShort()).isEqualTo(legacy.definedValues(Model.MA_SHORT));
		assertThat(result.overlays().maLong()).isEqualTo(legacy.definedValues(Model.MA_LONG));
		assertThat(result.overlays().trendLine()).isNotEmpty().isEqualTo(legacy.trendLine(points - 1));
	}

}
