package io.cryptoviz.ml.backtest;

/**
 * How a model's forecasts compare with the naive forecast (price stays the same), by a
 * Diebold–Mariano test at the 5 % level on the same backtest origins.
 */
public enum Verdict {

	/**
	 * Smaller absolute errors than naive, and the difference is unlikely to be chance.
	 */
	BEATS_NAIVE,

	/** The difference from naive could be chance. */
	NO_DIFFERENCE,

	/** Larger absolute errors than naive, and the difference is unlikely to be chance. */
	WORSE_THAN_NAIVE,

	/** Too few independent windows to test. */
	TOO_LITTLE_DATA

}
