package io.cryptoviz.ml.analysis;

import java.time.Duration;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.model.Model;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backtest on ~7 days of real BTCUSDT 5-minute closes. Prices are close to a random
 * walk, so no model should beat "price stays the same" by a wide margin; a big win would
 * point to look-ahead, not skill.
 */
class RealDataHonestyTest {

	/** A relative MAE below this would be a suspicious 50 % win over naive. */
	private static final double SUSPICIOUS_RELATIVE_MAE = 0.5;

	private final PredictionEngine engine = new PredictionEngine();

	@ParameterizedTest
	@ValueSource(ints = { 1, 4, 24 })
	void no_model_beats_naive_by_half_on_real_prices(int horizonHours) {
		AnalysisResult result = this.engine.analyze(TestSeries.btc(2000),
				AnalysisSettings.defaults().withHorizon(Duration.ofHours(horizonHours)));
		assertThat(result.naive().trackRecord().relativeMae()).isEqualTo(1);
		assertThat(result.models()).allSatisfy(model -> {
			assertThat(model.trackRecord().origins()).as(model.model().name()).isGreaterThan(1000);
			assertThat(model.trackRecord().relativeMae()).as(model.model().name())
				.isGreaterThan(SUSPICIOUS_RELATIVE_MAE);
			assertThat(model.trackRecord().directionalAccuracyPercent()).isBetween(0.0, 100.0);
		});
		assertThat(result.consensus().trackRecord().relativeMae()).isGreaterThan(SUSPICIOUS_RELATIVE_MAE);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 24 })
	void every_model_is_scored_on_origins_where_naive_is_too(int horizonHours) {
		AnalysisResult result = this.engine.analyze(TestSeries.btc(2000),
				AnalysisSettings.defaults().withHorizon(Duration.ofHours(horizonHours)));
		assertThat(result.model(Model.MA_LONG).trackRecord().origins())
			.isEqualTo(result.naive().trackRecord().origins() - (50 - 1));
	}

}
