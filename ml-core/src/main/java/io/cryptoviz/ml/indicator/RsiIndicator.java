package io.cryptoviz.ml.indicator;

/**
 * Wilder's relative strength index: RSI = 100 · avgGain / (avgGain + avgLoss), where both
 * averages are {@link WilderAverageIndicator Wilder-smoothed} and seeded with the mean of
 * the first n gains and losses (TA-Lib). The first value is at index n of a price series.
 * When both averages are zero (a flat stretch) the value is 0, as TA-Lib outputs.
 */
final class RsiIndicator extends CachedIndicator {

	private final Indicator averageGain;

	private final Indicator averageLoss;

	RsiIndicator(Indicator source, int period) {
		super(source.series());
		this.averageGain = new WilderAverageIndicator(PriceMoveIndicator.gains(source), period);
		this.averageLoss = new WilderAverageIndicator(PriceMoveIndicator.losses(source), period);
	}

	@Override
	protected double calculate(int index) {
		if (index < unstableBars()) {
			return Double.NaN;
		}
		double gain = this.averageGain.value(index);
		double total = gain + this.averageLoss.value(index);
		return (total == 0) ? 0 : 100 * gain / total;
	}

	@Override
	public int unstableBars() {
		return Math.max(this.averageGain.unstableBars(), this.averageLoss.unstableBars());
	}

}
