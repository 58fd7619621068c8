package io.cryptoviz.ml.backtest;

/**
 * The Diebold–Mariano test of equal forecast accuracy (Diebold &amp; Mariano 1995), with
 * the Harvey–Leybourne–Newbold small-sample correction (HLN 1997).
 * <p>
 * On the loss differentials d_t = |e_model,t| − |e_naive,t| of n origins and a horizon of
 * h steps: the forecasts from consecutive origins overlap, so d is autocorrelated up to
 * lag h − 1, and its long-run variance is the Newey–West estimate with Bartlett weights
 * and lag h − 1: V = γ₀ + 2 Σ_{j=1}^{h−1} (1 − j/h) γ_j, with γ_j the autocovariances
 * (divisor n), computed through window sums in O(n + h). Then DM = d̄ / √(V/n), HLN's DM*
 * = DM · √((n + 1 − 2h + h(h − 1)/n) / n), and the p-value is two-sided from Student's t
 * with n − 1 degrees of freedom.
 */
public final class DieboldMariano {

	/** The test's level. */
	public static final double LEVEL = 0.05;

	/**
	 * Fewer independent windows (n / h) than this give {@link Verdict#TOO_LITTLE_DATA}.
	 */
	public static final int MIN_WINDOWS = 10;

	private DieboldMariano() {
	}

	/**
	 * @param differentials d_t, the model's absolute error minus naive's, in origin order
	 * @param count how many of them to use, from the start
	 * @param steps the horizon h in steps, at least 1
	 * @return the verdict, the statistic and its p-value
	 */
	public static Comparison test(double[] differentials, int count, int steps) {
		if (steps < 1) {
			throw new IllegalArgumentException("steps must be at least 1, was " + steps);
		}
		int n = count;
		int windows = n / steps;
		if (windows < MIN_WINDOWS) {
			return new Comparison(Verdict.TOO_LITTLE_DATA, Double.NaN, Double.NaN, n, windows);
		}
		double mean = 0;
		for (int t = 0; t < n; t++) {
			mean += differentials[t];
		}
		mean /= n;
		double variance = bartlettVariance(differentials, n, mean, steps);
		if (!(variance > 0)) {
			// Every differential alike: no spread to test against.
			boolean equal = mean == 0;
			return new Comparison(
					equal ? Verdict.NO_DIFFERENCE : (mean < 0) ? Verdict.BEATS_NAIVE : Verdict.WORSE_THAN_NAIVE,
					equal ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean), equal ? 1 : 0, n, windows);
		}
		double statistic = mean / Math.sqrt(variance / n);
		double correction = Math.sqrt((n + 1 - 2.0 * steps + steps * (steps - 1.0) / n) / n);
		double corrected = statistic * correction;
		double p = StudentT.twoSidedP(corrected, n - 1);
		Verdict verdict = (p >= LEVEL) ? Verdict.NO_DIFFERENCE
				: (corrected < 0) ? Verdict.BEATS_NAIVE : Verdict.WORSE_THAN_NAIVE;
		return new Comparison(verdict, corrected, p, n, windows);
	}

	/**
	 * γ₀ + 2 Σ_{j<h} (1 − j/h) γ_j in O(n + h) instead of O(n·h): the Bartlett weight h −
	 * |t − s| counts the length-h windows that hold both t and s, so n·h times the
	 * variance is the sum of the squared window sums of the centred values, over every
	 * window that overlaps them (the ones hanging over either end included).
	 */
	static double bartlettVariance(double[] d, int n, double mean, int h) {
		double windowSum = 0;
		double squares = 0;
		for (int start = 1 - h; start < n; start++) {
			int enters = start + h - 1;
			if (enters < n) {
				windowSum += d[enters] - mean;
			}
			if (start - 1 >= 0) {
				windowSum -= d[start - 1] - mean;
			}
			squares += windowSum * windowSum;
		}
		return squares / ((double) n * h);
	}

	/**
	 * The outcome of one test.
	 *
	 * @param verdict beats, no difference, worse, or too little data
	 * @param statistic the HLN-corrected DM statistic; negative when the model's errors
	 * are smaller; NaN without a test
	 * @param pValue two-sided p-value; NaN without a test
	 * @param observations n, the origins compared
	 * @param independentWindows n / h, the non-overlapping windows the origins span
	 */
	public record Comparison(Verdict verdict, double statistic, double pValue, int observations,
			int independentWindows) {

		/** Nothing to compare. */
		public static Comparison none() {
			return new Comparison(Verdict.TOO_LITTLE_DATA, Double.NaN, Double.NaN, 0, 0);
		}

	}

}
