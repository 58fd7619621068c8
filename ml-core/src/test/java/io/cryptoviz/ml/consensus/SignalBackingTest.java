package io.cryptoviz.ml.consensus;

import io.cryptoviz.ml.backtest.IntervalRecord.Interval;
import io.cryptoviz.ml.backtest.Verdict;
import io.cryptoviz.ml.consensus.Signal.Action;
import io.cryptoviz.ml.consensus.SignalBacking.Reason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SignalBackingTest {

	private static final double PRICE = 100;

	private static final Interval ABOVE = new Interval(100.5, 104);

	private static final Interval BELOW = new Interval(96, 99.5);

	private static final Interval ACROSS = new Interval(98, 103);

	@Nested
	class Actionable {

		@Test
		void buy_beating_naive_with_the_interval_wholly_above_the_price_is_actionable() {
			assertThat(SignalBacking.judge(Action.BUY, Verdict.BEATS_NAIVE, ABOVE, PRICE))
				.isEqualTo(new SignalBacking(true, null));
		}

		@Test
		void sell_beating_naive_with_the_interval_wholly_below_the_price_is_actionable() {
			assertThat(SignalBacking.judge(Action.SELL, Verdict.BEATS_NAIVE, BELOW, PRICE))
				.isEqualTo(new SignalBacking(true, null));
		}

	}

	@Nested
	class NotActionable {

		@Test
		void hold_is_never_actionable_even_when_everything_else_backs_it() {
			assertThat(SignalBacking.judge(Action.HOLD, Verdict.BEATS_NAIVE, ABOVE, PRICE).reason())
				.isEqualTo(Reason.HOLD);
		}

		@Test
		void a_consensus_no_better_than_naive_does_not_back_a_buy() {
			assertThat(SignalBacking.judge(Action.BUY, Verdict.NO_DIFFERENCE, ABOVE, PRICE).reason())
				.isEqualTo(Reason.NO_BETTER_THAN_NAIVE);
		}

		@Test
		void a_consensus_worse_than_naive_does_not_back_a_sell() {
			assertThat(SignalBacking.judge(Action.SELL, Verdict.WORSE_THAN_NAIVE, BELOW, PRICE).reason())
				.isEqualTo(Reason.WORSE_THAN_NAIVE);
		}

		@Test
		void an_untested_consensus_does_not_back_a_buy() {
			assertThat(SignalBacking.judge(Action.BUY, Verdict.TOO_LITTLE_DATA, ABOVE, PRICE).reason())
				.isEqualTo(Reason.TOO_LITTLE_DATA);
		}

		@Test
		void without_an_interval_a_consensus_beating_naive_does_not_back_a_buy() {
			assertThat(SignalBacking.judge(Action.BUY, Verdict.BEATS_NAIVE, null, PRICE).reason())
				.isEqualTo(Reason.NO_INTERVAL);
		}

		@Test
		void an_interval_across_the_price_does_not_back_a_buy() {
			assertThat(SignalBacking.judge(Action.BUY, Verdict.BEATS_NAIVE, ACROSS, PRICE).reason())
				.isEqualTo(Reason.INTERVAL_REACHES_PRICE);
		}

		@Test
		void an_interval_on_the_other_side_does_not_back_a_sell() {
			assertThat(SignalBacking.judge(Action.SELL, Verdict.BEATS_NAIVE, ABOVE, PRICE).reason())
				.isEqualTo(Reason.INTERVAL_REACHES_PRICE);
		}

		@Test
		void an_interval_ending_exactly_at_the_price_does_not_back_a_buy() {
			assertThat(SignalBacking.judge(Action.BUY, Verdict.BEATS_NAIVE, new Interval(PRICE, 104), PRICE).reason())
				.isEqualTo(Reason.INTERVAL_REACHES_PRICE);
		}

	}

	@Test
	void an_actionable_backing_with_a_reason_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SignalBacking(true, Reason.HOLD));
	}

	@Test
	void a_backing_that_is_not_actionable_needs_a_reason() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SignalBacking(false, null));
	}

}
