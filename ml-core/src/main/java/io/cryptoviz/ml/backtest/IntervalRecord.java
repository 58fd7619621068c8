package io.cryptoviz.ml.backtest;

/**
 * A prediction interval at one level, taken from a model's own out-of-sample relative
 * errors r = (actual − forecast) / forecast in the rolling-origin backtest (split
 * conformal): with m errors sorted, the bounds are the ⌊(m + 1)·α/2⌋-th and ⌈(m + 1)·(1 −
 * α/2)⌉-th smallest, α = 1 − level, so the forecast f gets the interval [f·(1 + lower),
 * f·(1 + upper)].
 * <p>
 * Coverage is measured walking forward: at each origin, the interval from only the errors
 * already known there (origins at least h steps earlier) either held the actual price or
 * not. It is an out-of-sample figure, not the nominal level restated.
 *
 * @param level the nominal coverage, such as 0.8
 * @param errors m, the relative errors the bounds come from
 * @param minimumErrors fewer errors than this give no interval
 * @param lowerError the lower bound as a relative error; NaN without an interval
 * @param upperError the upper bound as a relative error; NaN without an interval
 * @param coverage share of walk-forward checks where the actual price fell inside; NaN
 * without any check
 * @param checks the origins where the walk-forward interval could be built and checked
 */
public record IntervalRecord(double level, int errors, int minimumErrors, double lowerError, double upperError,
		double coverage, int checks) {

	/**
	 * The fewest errors for an interval at this level: enough for both conformal ranks to
	 * exist, and never fewer than 20.
	 * @param level the nominal coverage in (0, 1)
	 * @return the minimum
	 */
	public static int minimumErrors(double level) {
		return Math.max(20, (int) Math.ceil(2 / (1 - level)));
	}

	/**
	 * @return whether there were enough errors for bounds
	 */
	public boolean available() {
		return !Double.isNaN(this.lowerError);
	}

	/**
	 * @param forecast the forecast f
	 * @return [f·(1 + lower), f·(1 + upper)], or null without bounds
	 */
	public @org.jspecify.annotations.Nullable Interval around(double forecast) {
		return available() ? new Interval(forecast * (1 + this.lowerError), forecast * (1 + this.upperError)) : null;
	}

	/**
	 * A price range.
	 *
	 * @param lower the lower bound
	 * @param upper the upper bound, at least {@code lower}
	 */
	public record Interval(double lower, double upper) {

		public Interval {
			if (!(lower <= upper)) {
				throw new IllegalArgumentException("lower must not exceed upper, was " + lower + " > " + upper);
			}
		}

		/** Whether the value lies inside, bounds included. */
		public boolean contains(double value) {
			return value >= this.lower && value <= this.upper;
		}

	}

}
