package io.cryptoviz.dashboard.predictions.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.cryptoviz.dashboard.base.ui.chart.ChartSeries;
import io.cryptoviz.ml.indicator.BollingerBands;
import io.cryptoviz.ml.indicator.Indicators;
import io.cryptoviz.ml.indicator.Macd;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * The optional indicator panels, computed by ml-core's indicators with their usual
 * parameters (RSI 14, MACD 12/26/9, Bollinger 20 ± 2σ). Warm-up values (NaN) are left out
 * rather than drawn as zero.
 */
final class IndicatorPanels {

	static final int RSI_PERIOD = 14;

	static final int MACD_FAST = 12;

	static final int MACD_SLOW = 26;

	static final int MACD_SIGNAL = 9;

	static final int BOLLINGER_PERIOD = 20;

	static final double BOLLINGER_WIDTH = 2;

	private IndicatorPanels() {
	}

	static List<ChartSeries> series(PageQuery.Panel panel, PriceSeries history, Function<String, String> text) {
		double[] prices = history.prices();
		return switch (panel) {
			case RSI -> List.of(line(text.apply("predictions.panel.rsi"), history, Indicators.rsi(prices, RSI_PERIOD)));
			case MACD -> {
				Macd.Values macd = Indicators.macd(prices, MACD_FAST, MACD_SLOW, MACD_SIGNAL);
				yield List.of(line("MACD", history, macd.line()),
						line(text.apply("predictions.panel.macd-signal"), history, macd.signal()),
						line(text.apply("predictions.panel.macd-histogram"), history, macd.histogram()));
			}
			case BOLLINGER -> {
				BollingerBands.Values bands = Indicators.bollinger(prices, BOLLINGER_PERIOD, BOLLINGER_WIDTH);
				yield List.of(line(text.apply("predictions.chart.price"), history, prices),
						line(text.apply("predictions.panel.upper"), history, bands.upper()),
						line(text.apply("predictions.panel.middle"), history, bands.middle()),
						line(text.apply("predictions.panel.lower"), history, bands.lower()));
			}
		};
	}

	private static ChartSeries line(String name, PriceSeries history, double[] values) {
		List<ChartSeries.Point> points = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			if (Double.isFinite(values[i])) {
				points.add(new ChartSeries.Point(history.epochMillis(i), values[i]));
			}
		}
		return ChartSeries.line(name, points);
	}

}
