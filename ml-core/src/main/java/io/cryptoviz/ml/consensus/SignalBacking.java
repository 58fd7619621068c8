package io.cryptoviz.ml.consensus;

import io.cryptoviz.ml.backtest.IntervalRecord.Interval;
import io.cryptoviz.ml.backtest.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Whether the evidence backs a signal. The signal keeps the original rule; it is
 * actionable only when the consensus beats the naive forecast beyond chance and its 80 %
 * interval lies wholly on the signal's side of the current price (above it for BUY, below
 * it for SELL).
 *
 * @param actionable whether the signal is backed
 * @param reason why not; null when actionable
 */
public record SignalBacking(boolean actionable, @Nullable Reason reason) {

	public SignalBacking {
		if (actionable != (reason == null)) {
			throw new IllegalArgumentException("a reason is given exactly when the signal is not actionable, was "
					+ actionable + " with " + reason);
		}
	}

	/**
	 * Judges a signal by the consensus's track record and interval.
	 * @param action what the rule says
	 * @param verdict the consensus's verdict against naive
	 * @param interval80 the consensus's 80 % interval at the horizon, null without one
	 * @param currentPrice the last price
	 * @return the backing; the first failed condition, in the order of {@link Reason}, is
	 * the reason
	 */
	public static SignalBacking judge(Signal.Action action, Verdict verdict, @Nullable Interval interval80,
			double currentPrice) {
		if (action == Signal.Action.HOLD) {
			return because(Reason.HOLD);
		}
		switch (verdict) {
			case TOO_LITTLE_DATA -> {
				return because(Reason.TOO_LITTLE_DATA);
			}
			case NO_DIFFERENCE -> {
				return because(Reason.NO_BETTER_THAN_NAIVE);
			}
			case WORSE_THAN_NAIVE -> {
				return because(Reason.WORSE_THAN_NAIVE);
			}
			case BEATS_NAIVE -> {
			}
		}
		if (interval80 == null) {
			return because(Reason.NO_INTERVAL);
		}
		boolean onItsSide = (action == Signal.Action.BUY) ? interval80.lower() > currentPrice
				: interval80.upper() < currentPrice;
		return onItsSide ? new SignalBacking(true, null) : because(Reason.INTERVAL_REACHES_PRICE);
	}

	private static SignalBacking because(Reason reason) {
		return new SignalBacking(false, reason);
	}

	/** Why a signal is not actionable. */
	public enum Reason {

		/** The rule says HOLD: there is nothing to act on. */
		HOLD,

		/** Too few independent windows to test the consensus against naive. */
		TOO_LITTLE_DATA,

		/** The consensus's errors do not differ from naive's beyond chance. */
		NO_BETTER_THAN_NAIVE,

		/** The consensus's errors are larger than naive's beyond chance. */
		WORSE_THAN_NAIVE,

		/** Too few past errors for an 80 % interval. */
		NO_INTERVAL,

		/**
		 * The 80 % interval reaches the current price: the move could as well go the
		 * other way.
		 */
		INTERVAL_REACHES_PRICE

	}

}
