package io.cryptoviz.ml.indicator;

/**
 * The three MACD outputs: line = EMA_fast − EMA_slow, signal = EMA_signal(line),
 * histogram = line − signal. With TA-Lib seeding the line is defined from index slow − 1
 * and the signal and histogram from slow + signal − 2 (33 for 12/26/9).
 *
 * @param line the MACD line
 * @param signal the signal line
 * @param histogram the histogram
 */
public record Macd(Indicator line, Indicator signal, Indicator histogram) {

	/**
	 * The same three outputs as arrays.
	 *
	 * @param line the MACD line
	 * @param signal the signal line
	 * @param histogram the histogram
	 */
	public record Values(double[] line, double[] signal, double[] histogram) {

	}

}
