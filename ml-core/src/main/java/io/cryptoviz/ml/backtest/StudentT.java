package io.cryptoviz.ml.backtest;

/**
 * Tail probabilities of Student's t distribution, through the regularised incomplete beta
 * function: P(|T| ≥ t) = I_{ν/(ν+t²)}(ν/2, 1/2) for ν degrees of freedom.
 * <p>
 * The incomplete beta is evaluated by its continued fraction (modified Lentz), with the
 * symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly, and ln Γ by
 * the Lanczos approximation (g = 7, 9 terms), as in Press et al., Numerical Recipes, §6.1
 * and §6.4. Accurate to about 1e-12 here, far below what a 5 % test needs.
 */
final class StudentT {

	private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028,
			771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
			1.5056327351493116e-7 };

	private static final int MAX_ITERATIONS = 300;

	private static final double EPSILON = 1e-15;

	private static final double TINY = 1e-300;

	private StudentT() {
	}

	/**
	 * @param t the statistic
	 * @param degreesOfFreedom ν &gt; 0
	 * @return P(|T| ≥ |t|), in [0, 1]
	 */
	static double twoSidedP(double t, double degreesOfFreedom) {
		if (!(degreesOfFreedom > 0)) {
			throw new IllegalArgumentException("degrees of freedom must be above 0, was " + degreesOfFreedom);
		}
		if (Double.isNaN(t)) {
			return Double.NaN;
		}
		if (Double.isInfinite(t)) {
			return 0;
		}
		double x = degreesOfFreedom / (degreesOfFreedom + t * t);
		return Math.clamp(regularizedBeta(x, degreesOfFreedom / 2, 0.5), 0, 1);
	}

	static double regularizedBeta(double x, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
		if (x < (a + 1) / (a + b + 2)) {
			return front * continuedFraction(x, a, b) / a;
		}
		return 1 - front * continuedFraction(1 - x, b, a) / b;
	}

	static double logGamma(double x) {
		if (x < 0.5) {
			// Reflection: Γ(x)Γ(1 − x) = π / sin(πx)
			return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
		}
		double z = x - 1;
		double sum = LANCZOS[0];
		for (int i = 1; i < LANCZOS.length; i++) {
			sum += LANCZOS[i] / (z + i);
		}
		double t = z + LANCZOS.length - 1.5;
		return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
	}

	private static double continuedFraction(double x, double a, double b) {
		double c = 1;
		double d = 1 - (a + b) * x / (a + 1);
		d = 1 / nonZero(d);
		double result = d;
		for (int m = 1; m <= MAX_ITERATIONS; m++) {
			int m2 = 2 * m;
			double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
			d = 1 / nonZero(1 + even * d);
			c = nonZero(1 + even / c);
			result *= d * c;
			double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
			d = 1 / nonZero(1 + odd * d);
			c = nonZero(1 + odd / c);
			double step = d * c;
			result *= step;
			if (Math.abs(step - 1) < EPSILON) {
				break;
			}
		}
		return result;
	}

	private static double nonZero(double value) {
		return (Math.abs(value) < TINY) ? TINY : value;
	}

}
