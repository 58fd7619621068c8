package io.cryptoviz.ml.series;

/**
 * Test access to the series' own cut, for the refit backtest, which cuts a prefix at
 * every origin: the cut copies once, where a prefix rebuilt through
 * {@link PriceSeries#of(long[], double[])} would be validated and copied again.
 */
public final class SeriesCuts {

	private SeriesCuts() {
	}

	/**
	 * The first {@code count} points: all that a forecast made at index count − 1 may
	 * see.
	 * @param series the series
	 * @param count the number of points, 1 to the series' size
	 * @return the prefix
	 */
	public static PriceSeries head(PriceSeries series, int count) {
		return series.subSeries(0, count);
	}

}
