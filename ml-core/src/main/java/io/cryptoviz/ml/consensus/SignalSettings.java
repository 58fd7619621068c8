package io.cryptoviz.ml.consensus;

/**
 * Thresholds of the BUY/SELL/HOLD rule.
 *
 * @param changePercent the consensus must move more than this many percent (up for BUY,
 * down for SELL), greater than 0 and at most {@value #CHANGE_PERCENT_MAX}
 * @param minConfidence the mean confidence must exceed this, 0 to 100
 */
public record SignalSettings(double changePercent, double minConfidence) {

	public static final double CHANGE_PERCENT_MAX = 50;

	public SignalSettings {
		if (!(changePercent > 0 && changePercent <= CHANGE_PERCENT_MAX)) {
			throw new IllegalArgumentException("signal changePercent must be greater than 0 and at most "
					+ CHANGE_PERCENT_MAX + ", was " + changePercent);
		}
		if (!(minConfidence >= 0 && minConfidence <= 100)) {
			throw new IllegalArgumentException("signal minConfidence must be between 0 and 100, was " + minConfidence);
		}
	}

	/**
	 * The original product's thresholds: ±2 % and confidence above 60.
	 * @return the default thresholds
	 */
	public static SignalSettings defaults() {
		return new SignalSettings(2, 60);
	}

}
