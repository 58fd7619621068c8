package io.cryptoviz.ml.indicator;

/**
 * Bollinger Bands: middle = SMA_n, upper/lower = middle ± k · σ_n with σ the population
 * standard deviation of the same n prices (John Bollinger; TA-Lib BBANDS). The first
 * value is at index n − 1.
 *
 * @param middle the moving average
 * @param upper the upper band
 * @param lower the lower band
 */
public record BollingerBands(Indicator middle, Indicator upper, Indicator lower) {

	/**
	 * The same three bands as arrays.
	 *
	 * @param middle the moving average
	 * @param upper the upper band
	 * @param lower the lower band
	 */
	public record Values(double[] middle, double[] upper, double[] lower) {

	}

}
