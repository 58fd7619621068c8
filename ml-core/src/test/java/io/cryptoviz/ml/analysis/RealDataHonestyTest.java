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

	@ParameterizedTest
	@ValueSource(ints = { 1, 4 })
	void no_model_is_said_to_beat_naive_on_real_prices(int horizonHours) {
		AnalysisResult result = this.engine.analyze(TestSeries.btc(2000),
				AnalysisSettings.defaults().withHorizon(Duration.ofHours(horizonHours)));
		assertThat(result.models())
			.allSatisfy(model -> assertThat(model.trackRecord().verdict()).as(model.model().name())
				.isNotEqualTo(io.cryptoviz.ml.backtest.Verdict.BEATS_NAIVE));
		assertThat(result.consensus().trackRecord().verdict())
			.isNotEqualTo(io.cryptoviz.ml.backtest.Verdict.BEATS_NAIVE);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 4 })
	void intervals_from_past_errors_cover_real_prices_near_their_level(int horizonHours) {
		AnalysisResult result = this.engine.analyze(TestSeries.btc(2000),
				AnalysisSettings.defaults().withHorizon(Duration.ofHours(horizonHours)));
		var consensus = result.consensus().trackRecord();
		// Measured on this week: 0.699 (1 h) and 0.686 (4 h) at 80 %, below the level, as
		// a week whose volatility rises gives intervals from calmer past errors; over the
		// whole quarter the same rule covers 81-85 % (README).
		assertThat(consensus.interval80().coverage()).isBetween(0.60, 0.90);
		assertThat(consensus.interval95().coverage()).isBetween(0.80, 0.99)
			.isGreaterThan(consensus.interval80().coverage());
		var forecast = (Outcome.Forecast) result.consensus().outcome();
		assertThat(forecast.interval80()).isNotNull();
		assertThat(forecast.interval95().lower()).isLessThanOrEqualTo(forecast.interval80().lower());
		assertThat(forecast.interval95().upper()).isGreaterThanOrEqualTo(forecast.interval80().upper());
	}

}
