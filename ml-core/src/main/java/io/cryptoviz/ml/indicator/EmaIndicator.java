package io.cryptoviz.ml.indicator;

/**
 * Exponential moving average with α = 2/(n+1): EMA(i) = EMA(i−1) + α · (x_i − EMA(i−1)).
 * <p>
 * TA-Lib default seeding: the first value is the SMA of the n values ending at the seed
 * index, which is normally the source's warm-up + n − 1. TA-Lib's MACD moves the fast
 * EMA's seed so that it ends on the same bar as the slow one; the package-private
 * constructor allows that.
 */
final class EmaIndicator extends CachedIndicator {

	private final Indicator source;

	private final int period;

	private final int seedIndex;

	private final double alpha;

	EmaIndicator(Indicator source, int period) {
		this(source, period, source.unstableBars() + period - 1);
	}

	EmaIndicator(Indicator source, int period, int seedIndex) {
		super(source.series());
		Indicators.requirePeriod("EMA period", period);
		if (seedIndex < source.unstableBars() + period - 1) {
			throw new IllegalArgumentException("EMA seed index must be at least " + (source.unstableBars() + period - 1)
					+ " so the seed window is defined, was " + seedIndex);
		}
		this.source = source;
		this.period = period;
		this.seedIndex = seedIndex;
		this.alpha = 2.0 / (period + 1);
	}

	@Override
	protected double calculate(int index) {
		if (index < this.seedIndex) {
			return Double.NaN;
		}
		if (index == this.seedIndex) {
			double sum = 0;
			for (int j = index - this.period + 1; j <= index; j++) {
				sum += this.source.value(j);
			}
			return sum / this.period;
		}
		double previous = value(index - 1);
		return previous + this.alpha * (this.source.value(index) - previous);
	}

	@Override
	public int unstableBars() {
		return this.seedIndex;
	}

}
