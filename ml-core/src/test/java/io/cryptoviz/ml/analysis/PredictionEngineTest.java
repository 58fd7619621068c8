package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.util.Map;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.analysis.Outcome.Forecast;
import io.cryptoviz.ml.analysis.Outcome.Unavailable;
import io.cryptoviz.ml.backtest.Verdict;
import io.cryptoviz.ml.consensus.Signal;
import io.cryptoviz.ml.consensus.SignalBacking;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.series.PriceSeries;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PredictionEngineTest {

	private static final double TOLERANCE = 1e-9;

	private static final AnalysisSettings ONE_HOUR = AnalysisSettings.defaults().withHorizon(Duration.ofHours(1));

	private final PredictionEngine engine = new PredictionEngine();

	@Nested
	class KnownValues {

		/** 100, 101, ..., 129 five minutes apart; 1 h horizon = 12 steps. */
		private final AnalysisResult result = PredictionEngineTest.this.engine.analyze(TestSeries.linear(30, 100, 1),
				ONE_HOUR);

		private final double volatility = Math.sqrt(35) / 129 * 100;

		private double confidence(double forecast) {
			return (100 - Math.abs(forecast - 129) / 129 * 100) * (1 - this.volatility / 200);
		}

		@Test
		void ma_short_is_the_mean_of_the_last_twenty_prices() {
			Forecast forecast = this.result.model(Model.MA_SHORT).forecast();
			assertThat(forecast.value()).isCloseTo((110 + 129) / 2.0, within(TOLERANCE));
			assertThat(forecast.changePercent()).isCloseTo((119.5 - 129) / 129 * 100, within(TOLERANCE));
			assertThat(forecast.confidence()).isCloseTo(confidence(119.5), within(TOLERANCE));
		}

		@Test
		void ma_long_reports_insufficient_data() {
			assertThat(this.result.model(Model.MA_LONG).outcome())
				.isEqualTo(new Unavailable(Unavailable.Reason.INSUFFICIENT_DATA, 50, 30));
			assertThat(this.result.warnings()).contains(new Warning.ModelUnavailable(Model.MA_LONG,
					new Unavailable(Unavailable.Reason.INSUFFICIENT_DATA, 50, 30)));
		}

		@Test
		void trend_and_momentum_extrapolate_the_line() {
			assertThat(this.result.model(Model.TREND).forecast().value()).isCloseTo(129 + 12, within(TOLERANCE));
			assertThat(this.result.model(Model.MOMENTUM).forecast().value()).isCloseTo(129 + 12, within(TOLERANCE));
		}

		@Test
		void consensus_renormalises_the_remaining_weights() {
			double expected = (0.3 * 119.5 + 0.3 * 141 + 0.2 * 141) / (0.3 + 0.3 + 0.2);
			Forecast consensus = (Forecast) this.result.consensus().outcome();
			assertThat(consensus.value()).isCloseTo(expected, within(TOLERANCE));
			assertThat(consensus.path().getLast().value()).isCloseTo(expected, within(TOLERANCE));
			assertThat(this.result.consensus().weights()).containsOnlyKeys(Model.MA_SHORT, Model.TREND, Model.MOMENTUM);
			assertThat(this.result.consensus().weights().get(Model.TREND)).isCloseTo(0.3 / 0.8, within(TOLERANCE));
		}

		@Test
		void signal_uses_the_consensus_change_and_the_mean_confidence() {
			double consensus = (0.3 * 119.5 + 0.3 * 141 + 0.2 * 141) / 0.8;
			double meanConfidence = (confidence(119.5) + confidence(141) + confidence(141) + confidence(consensus)) / 4;
			Signal signal = this.result.signal();
			assertThat(signal.changePercent()).isCloseTo((consensus - 129) / 129 * 100, within(TOLERANCE));
			assertThat(signal.meanConfidence()).isCloseTo(meanConfidence, within(TOLERANCE));
			assertThat(signal.action()).isEqualTo(Signal.Action.BUY);
		}

		@Test
		void the_buy_is_not_actionable_while_the_consensus_track_record_is_too_short_to_test() {
			assertThat(this.result.consensus().trackRecord().verdict()).isEqualTo(Verdict.TOO_LITTLE_DATA);
			assertThat(this.result.signalBacking())
				.isEqualTo(new SignalBacking(false, SignalBacking.Reason.TOO_LITTLE_DATA));
		}

		@Test
		void naive_is_reported_beside_the_consensus() {
			assertThat(this.result.naive().forecast().value()).isEqualTo(129);
			assertThat(this.result.consensus().weights()).doesNotContainKey(Model.NAIVE);
		}

		@Test
		void metrics_describe_the_window() {
			// 30 consecutive integers: sample variance 30 · 31 / 12
			assertThat(this.result.metrics()).satisfies(metrics -> {
				assertThat(metrics.currentPrice()).isEqualTo(129);
				assertThat(metrics.variationPercent()).isCloseTo((129 - 100) / 100.0 * 100, within(TOLERANCE));
				assertThat(metrics.volatilityPercent()).isCloseTo(Math.sqrt(30 * 31 / 12.0) / 114.5 * 100,
						within(TOLERANCE));
				assertThat(metrics.points()).isEqualTo(30);
			});
		}

		@Test
		void overlays_leave_out_the_warm_up() {
			assertThat(this.result.overlays().maShort()).hasSize(30 - 19);
			assertThat(this.result.overlays().maLong()).isEmpty();
			assertThat(this.result.overlays().trendLine()).hasSize(30);
		}

		@Test
		void horizon_and_steps_are_reported() {
			assertThat(this.result.steps()).isEqualTo(12);
			assertThat(this.result.samplingInterval()).isEqualTo(Duration.ofMinutes(5));
			assertThat(this.result.asOf()).isEqualTo(TestSeries.linear(30, 100, 1).lastTime());
		}

		@Test
		void a_short_backtest_is_flagged() {
			// 30 points, MA long's window of 50 aside: naive is scored on 30 − 12 = 18
			// origins
			assertThat(this.result.warnings()).contains(new Warning.FewWindows(18, 12));
		}

	}

	@Nested
	class Windows {

		@Test
		void models_see_the_history_window_and_backtests_the_lookback() {
			PriceSeries series = TestSeries.btc(2000);
			AnalysisResult result = PredictionEngineTest.this.engine.analyze(series, ONE_HOUR);
			assertThat(result.metrics().points()).isEqualTo(72 * 12);
			assertThat(result.naive().trackRecord().origins()).isEqualTo(2000 - 12);
		}

		@Test
		void a_single_point_gives_hold_and_a_warning() {
			AnalysisResult result = PredictionEngineTest.this.engine.analyze(TestSeries.of(42), ONE_HOUR);
			assertThat(result.signal().action()).isEqualTo(Signal.Action.HOLD);
			assertThat(result.consensus().outcome()).isInstanceOf(Unavailable.class);
			assertThat(result.warnings()).contains(new Warning.SinglePoint());
		}

		@Test
		void gaps_are_flagged() {
			PriceSeries series = PriceSeries.of(new long[] { 0, 300_000, 600_000, 3_600_000, 3_900_000 },
					new double[] { 1, 2, 3, 4, 5 });
			assertThat(PredictionEngineTest.this.engine.analyze(series, ONE_HOUR).warnings()).contains(new Warning.Gaps(
					Duration.ofMinutes(50), java.time.Instant.ofEpochMilli(3_600_000), Duration.ofMinutes(5)));
		}

		@Test
		void batch_keeps_the_symbols_in_order() {
			var results = Batches.analyzeAll(PredictionEngineTest.this.engine,
					Map.of("BTC", TestSeries.linear(30, 100, 1)), ONE_HOUR);
			assertThat(results).containsOnlyKeys("BTC");
		}

	}

	@Nested
	class Settings {

		@Test
		void horizon_out_of_range_is_rejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> AnalysisSettings.defaults().withHorizon(Duration.ofDays(8)))
				.withMessage("horizon must be between PT5M and PT168H, was PT192H");
		}

		@Test
		void lookback_shorter_than_history_is_rejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> AnalysisSettings.defaults().withWindows(Duration.ofHours(72), Duration.ofHours(24)))
				.withMessage("backtestLookback must be between PT72H and PT720H, was PT24H");
		}

		@Test
		void history_beyond_thirty_days_is_rejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> AnalysisSettings.defaults().withWindows(Duration.ofDays(31), Duration.ofDays(31)))
				.withMessage("history must be between PT1H and PT720H, was PT744H");
		}

	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(doubles = { 1e-12, 1e154, 1e300 })
	void every_figure_stays_finite_for_any_finite_positive_prices(double scale) {
		io.cryptoviz.ml.series.PriceSeries walk = TestSeries.randomWalk(3, 900, 100);
		double[] prices = new double[walk.size()];
		long[] times = new long[walk.size()];
		for (int i = 0; i < prices.length; i++) {
			prices[i] = walk.price(i) / 100 * scale;
			times[i] = walk.epochMillis(i);
		}
		AnalysisResult result = new PredictionEngine().analyze(io.cryptoviz.ml.series.PriceSeries.of(times, prices),
				AnalysisSettings.defaults().withHorizon(java.time.Duration.ofHours(1)));

		assertThat(result.metrics().volatilityPercent()).isFinite();
		assertThat(result.models()).allSatisfy(model -> {
			assertThat(model.forecast()).as(model.model().name()).isNotNull();
			assertThat(model.forecast().confidence()).isFinite();
			assertThat(model.forecast().changePercent()).isFinite();
		});
		assertThat(((Outcome.Forecast) result.consensus().outcome()).confidence()).isFinite();
		assertThat(result.signal().meanConfidence()).isFinite();
	}

}
