package io.cryptoviz.ml.indicator;

/**
 * Population standard deviation of the last n values, σ = sqrt(Σ(x − mean)² / n), as
 * TA-Lib's BBANDS and ta4j's Bollinger facade use (not the sample n−1 version, which
 * makes the bands √(20/19) wider), computed by {@link StandardDeviation}. First value at
 * the source's warm-up + n − 1.
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
		return StandardDeviation.population(this.source, index, this.period);
	}

	@Override
	public int unstableBars() {
		return this.source.unstableBars() + this.period - 1;
	}

}
