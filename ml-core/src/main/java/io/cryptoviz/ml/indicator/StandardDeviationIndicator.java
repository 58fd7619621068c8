package io.cryptoviz.ml.indicator;

/**
 * Population standard deviation of the last n values, σ = sqrt(Σ(x − mean)² / n), as
 * TA-Lib's BBANDS and ta4j's Bollinger facade use (not the sample n−1 version, which
 * makes the bands √(20/19) wider). Computed in two passes over the window for accuracy.
 * First value at the source's warm-up + n − 1.
 */
final class StandardDeviationIndicator extends CachedIndicator {

	private final Indicator source;

	private final int period;

	StandardDeviationIndicator(Indicator source, int period) {
		super(source.series());
		Indicators.requirePeriod("standard deviation period", period);
		this.source = source;
		this.period = period;
	}

	@Override
	protected double calculate(int index) {
		if (index < unstableBars()) {
			return Double.NaN;
		}
		double sum = 0;
		for (int j = index - this.period + 1; j <= index; j++) {
			sum += this.source.value(j);
		}
		double mean = sum / this.period;
		double squares = 0;
		for (int j = index - this.period + 1; j <= index; j++) {
			double deviation = this.source.value(j) - mean;
			squares += deviation * deviation;
		}
		return Math.sqrt(squares / this.period);
	}

	@Override
	public int unstableBars() {
		return this.source.unstableBars() + this.period - 1;
	}

}
