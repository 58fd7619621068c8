package io.cryptoviz.ml.indicator;

import io.cryptoviz.ml.series.PriceSeries;

/**
 * The price itself (the close of each bar); the root of every chain. No warm-up.
 */
final class PriceIndicator implements Indicator {

	private final PriceSeries series;

	PriceIndicator(PriceSeries series) {
		this.series = series;
	}

	@Override
	public double value(int index) {
		return this.series.price(index);
	}

	@Override
	public int unstableBars() {
		return 0;
	}

	@Override
	public PriceSeries series() {
		return this.series;
	}

}
