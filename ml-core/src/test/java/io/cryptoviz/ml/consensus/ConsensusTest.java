package io.cryptoviz.ml.consensus;

import java.util.List;
import java.util.Map;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.model.Model;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ConsensusTest {

	private static final double TOLERANCE = 1e-12;

	@Nested
	class Weights {

		@Test
		void defaults_are_the_original_products() {
			assertThat(ConsensusWeights.defaults()).isEqualTo(new ConsensusWeights(0.3, 0.2, 0.3, 0.2));
		}

		@Test
		void negative_weight_is_rejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> new ConsensusWeights(-0.1, 0.4, 0.5, 0.2))
				.withMessage("maShort weight must be between 0 and 1, was -0.1");
		}

		@Test
		void weights_not_summing_to_one_are_rejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> new ConsensusWeights(0.3, 0.3, 0.3, 0.3))
				.withMessageStartingWith("consensus weights must sum to 1");
		}

		@Test
		void missing_models_have_their_weight_spread_over_the_rest() {
			Map<Model, Double> weights = ConsensusWeights.defaults()
				.renormalised(List.of(Model.MA_SHORT, Model.TREND, Model.MOMENTUM));
			assertThat(weights).containsOnlyKeys(Model.MA_SHORT, Model.TREND, Model.MOMENTUM);
			assertThat(weights.get(Model.MA_SHORT)).isCloseTo(0.3 / (0.3 + 0.3 + 0.2), within(TOLERANCE));
			assertThat(weights.get(Model.MOMENTUM)).isCloseTo(0.2 / (0.3 + 0.3 + 0.2), within(TOLERANCE));
		}

		@Test
		void zero_weighted_models_are_left_out() {
			assertThat(new ConsensusWeights(1, 0, 0, 0).renormalised(List.of(Model.TREND))).isEmpty();
		}

	}

	@Nested
	class ConfidenceScore {

		@Test
		void confidence_discounts_distance_and_volatility() {
			double base = 100 - Math.abs(105.0 - 100) / 100 * 100;
			assertThat(Confidence.of(105, 100, 10)).isCloseTo(base * (1 - 10.0 / 200), within(TOLERANCE));
		}

		@Test
		void a_forecast_twice_the_price_has_zero_confidence() {
			assertThat(Confidence.of(250, 100, 0)).isZero();
		}

		@Test
		void volatility_factor_uses_the_sample_deviation_of_the_last_twenty_prices() {
			// last twenty of 1..30 are 11..30: mean 20.5, squared deviations sum to 665
			var series = TestSeries.linear(30, 1, 1);
			assertThat(Confidence.volatilityFactor(series)).isCloseTo(Math.sqrt(665.0 / 19) / 30 * 100,
					within(TOLERANCE));
		}

		@Test
		void volatility_factor_uses_all_points_when_there_are_fewer_than_twenty() {
			// 2, 4: mean 3, sample variance (1 + 1) / 1
			assertThat(Confidence.volatilityFactor(TestSeries.of(2, 4))).isCloseTo(Math.sqrt(2.0) / 4 * 100,
					within(TOLERANCE));
		}

		@Test
		void volatility_factor_is_capped_at_100() {
			assertThat(Confidence.volatilityFactor(TestSeries.of(1, 1000, 1))).isEqualTo(100);
		}

	}

	@Nested
	class TradeSignal {

		private final SignalSettings defaults = SignalSettings.defaults();

		@Test
		void rise_above_threshold_with_confidence_is_buy() {
			assertThat(Signal.decide(2.5, 61, this.defaults).action()).isEqualTo(Signal.Action.BUY);
		}

		@Test
		void fall_below_threshold_with_confidence_is_sell() {
			assertThat(Signal.decide(-2.5, 61, this.defaults).action()).isEqualTo(Signal.Action.SELL);
		}

		@Test
		void exactly_the_threshold_is_hold() {
			assertThat(Signal.decide(2, 90, this.defaults).action()).isEqualTo(Signal.Action.HOLD);
		}

		@Test
		void low_confidence_is_hold() {
			assertThat(Signal.decide(10, 60, this.defaults).action()).isEqualTo(Signal.Action.HOLD);
		}

		@Test
		void no_consensus_is_hold() {
			assertThat(Signal.decide(Double.NaN, Double.NaN, this.defaults).action()).isEqualTo(Signal.Action.HOLD);
		}

		@Test
		void thresholds_are_configurable() {
			assertThat(Signal.decide(1.5, 51, new SignalSettings(1, 50)).action()).isEqualTo(Signal.Action.BUY);
		}

		@Test
		void change_threshold_out_of_range_is_rejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> new SignalSettings(0, 60))
				.withMessage("signal changePercent must be greater than 0 and at most 50.0, was 0.0");
		}

		@Test
		void confidence_threshold_out_of_range_is_rejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> new SignalSettings(2, 101))
				.withMessage("signal minConfidence must be between 0 and 100, was 101.0");
		}

	}

}
