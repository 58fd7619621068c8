package io.cryptoviz.ml.consensus;

/**
 * The trading signal: BUY if the consensus change exceeds +threshold and the mean
 * confidence exceeds the minimum, SELL if it is below −threshold with the same confidence
 * condition, HOLD otherwise (the original product's rule with thresholds 2 % and 60).
 *
 * @param action what the rule says
 * @param meanConfidence mean confidence over the available models and the consensus, NaN
 * if no model could forecast
 * @param changePercent (consensus − p) / p · 100, NaN if no model could forecast
 */
public record Signal(Action action, double meanConfidence, double changePercent) {

	/**
	 * Applies the rule.
	 * @param changePercent the consensus change in percent, NaN if there is no consensus
	 * @param meanConfidence the mean confidence
	 * @param settings the thresholds
	 * @return the signal; HOLD when either input is NaN
	 */
	public static Signal decide(double changePercent, double meanConfidence, SignalSettings settings) {
		boolean confident = meanConfidence > settings.minConfidence();
		Action action = Action.HOLD;
		if (confident && changePercent > settings.changePercent()) {
			action = Action.BUY;
		}
		else if (confident && changePercent < -settings.changePercent()) {
			action = Action.SELL;
		}
		return new Signal(action, meanConfidence, changePercent);
	}

	/** What the signal advises. */
	public enum Action {

		/** The consensus expects a rise beyond the threshold with enough confidence. */
		BUY,

		/** The consensus expects a fall beyond the threshold with enough confidence. */
		SELL,

		/** Anything else. */
		HOLD

	}

}
