package io.cryptoviz.ml.model;

/**
 * Model parameters, with the original product's defaults and ranges.
 *
 * @param maShort window of the short moving average, {@value #MA_SHORT_MIN} to
 * {@value #MA_SHORT_MAX}
 * @param maLong window of the long moving average, {@value #MA_LONG_MIN} to
 * {@value #MA_LONG_MAX}, never below maShort
 * @param momentumPeriod momentum lag m, {@value #MOMENTUM_PERIOD_MIN} to
 * {@value #MOMENTUM_PERIOD_MAX}
 * @param momentumSmoothing number s of momentum values averaged,
 * {@value #MOMENTUM_SMOOTHING_MIN} to {@value #MOMENTUM_SMOOTHING_MAX}
 */
public record ModelSettings(int maShort, int maLong, int momentumPeriod, int momentumSmoothing) {

	public static final int MA_SHORT_MIN = 5;

	public static final int MA_SHORT_MAX = 30;

	public static final int MA_LONG_MIN = 20;

	public static final int MA_LONG_MAX = 100;

	public static final int MOMENTUM_PERIOD_MIN = 5;

	public static final int MOMENTUM_PERIOD_MAX = 30;

	public static final int MOMENTUM_SMOOTHING_MIN = 1;

	public static final int MOMENTUM_SMOOTHING_MAX = 30;

	/** Fewest points an OLS trend is fitted on. */
	public static final int TREND_MIN_POINTS = 10;

	public ModelSettings {
		requireBetween("maShort", maShort, MA_SHORT_MIN, MA_SHORT_MAX);
		requireBetween("maLong", maLong, MA_LONG_MIN, MA_LONG_MAX);
		if (maLong < maShort) {
			throw new IllegalArgumentException("maLong must not be below maShort (" + maShort + "), was " + maLong);
		}
		requireBetween("momentumPeriod", momentumPeriod, MOMENTUM_PERIOD_MIN, MOMENTUM_PERIOD_MAX);
		requireBetween("momentumSmoothing", momentumSmoothing, MOMENTUM_SMOOTHING_MIN, MOMENTUM_SMOOTHING_MAX);
	}

	/**
	 * The defaults: MA 20 and 50, momentum period 14 smoothed over 10 values.
	 * @return the default settings
	 */
	public static ModelSettings defaults() {
		return new ModelSettings(20, 50, 14, 10);
	}

	/**
	 * The number of points a model needs for one forecast.
	 * @param model the model
	 * @return the window for the moving averages, {@value #TREND_MIN_POINTS} for the
	 * trend, m + s for momentum (s momentum values, each reaching m points back), 1 for
	 * naive
	 */
	public int requiredPoints(Model model) {
		return switch (model) {
			case MA_SHORT -> this.maShort;
			case MA_LONG -> this.maLong;
			case TREND -> TREND_MIN_POINTS;
			case MOMENTUM -> this.momentumPeriod + this.momentumSmoothing;
			case NAIVE -> 1;
		};
	}

	private static void requireBetween(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
	}

}
