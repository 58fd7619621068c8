package io.cryptoviz.dashboard.predictions.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.cryptoviz.dashboard.base.ui.chart.ApexChart;
import io.cryptoviz.dashboard.base.ui.chart.ChartOptions;
import io.cryptoviz.dashboard.base.ui.chart.ChartSeries;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.analysis.ModelResult;
import io.cryptoviz.ml.analysis.Outcome;
import io.cryptoviz.ml.backtest.IntervalRecord;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.TimedValue;

/**
 * Under a title naming the crypto and the axes: the price history with MA short, MA long
 * and the trend line, every model's forecast path and the consensus with its 80 % and 95
 * % bands, a "now" marker at the last price, and optional RSI, MACD and Bollinger panels.
 * Charts are created once; later analyses only replace their data.
 */
final class PredictionChart extends Composite<Div> {

	final ApexChart main;

	final H3 title = new H3();

	private final Map<PageQuery.Panel, ApexChart> panels = new EnumMap<>(PageQuery.Panel.class);

	private final ChartOptions mainOptions;

	private java.time.@org.jspecify.annotations.Nullable Instant markedAt;

	PredictionChart() {
		this.mainOptions = ChartOptions
			.timeSeries(420, ChartOptions.YAxis.of(getTranslation("chart.axis.usd"), "price"),
					getTranslation("predictions.chart.no-data"))
			.withXTitle(getTranslation("predictions.chart.axis.time"));
		this.main = new ApexChart(this.mainOptions);
		this.main.setId("prediction-chart");
		this.title.setId("prediction-chart-title");
		this.title.addClassName("cv-chart-title");
		getContent().setId("charts");
		getContent().setWidthFull();
		getContent().add(this.title, this.main);
	}

	void show(Analysis analysis, Set<PageQuery.Panel> shown) {
		AnalysisResult result = analysis.result();
		PriceSeries history = analysis.history();
		List<ChartSeries> series = new ArrayList<>();
		series.add(ChartSeries.line(getTranslation("predictions.chart.price"), points(history)));
		series.add(ChartSeries.line(label("ma_short"), timed(result.overlays().maShort())));
		series.add(ChartSeries.line(label("ma_long"), timed(result.overlays().maLong())));
		series.add(
				ChartSeries.line(getTranslation("predictions.chart.trend-line"), timed(result.overlays().trendLine())));
		TimedValue now = new TimedValue(result.asOf(), result.metrics().currentPrice());
		for (ModelResult model : result.models()) {
			if (model.outcome() instanceof Outcome.Forecast forecast) {
				series.add(ChartSeries.line(getTranslation("predictions.chart.forecast", label(model.model().name())),
						path(now, forecast.path())));
			}
		}
		if (result.consensus().outcome() instanceof Outcome.Forecast consensus) {
			series.add(ChartSeries.line(getTranslation("predictions.consensus"), path(now, consensus.path())));
			TrackRecord record = result.consensus().trackRecord();
			for (IntervalRecord level : List.of(record.interval80(), record.interval95())) {
				if (level.available()) {
					series.add(ChartSeries.band(getTranslation(
							(level == record.interval80()) ? "predictions.chart.band80" : "predictions.chart.band95"),
							band(now, consensus.path(), level)));
				}
			}
		}
		this.title.setText(getTranslation("predictions.chart.title", analysis.asset().name(),
				analysis.asset().symbol().toUpperCase(java.util.Locale.ROOT), analysis.request().horizonHours()));
		this.main.setOptions(this.mainOptions.withFillFor(series)
			.withColors(colors(series))
			.withMarker(ChartOptions.XAnnotation.at(result.asOf(), getTranslation("chart.now"))));
		this.main.setSeries(series);
		for (PageQuery.Panel panel : PageQuery.Panel.values()) {
			ApexChart chart = this.panels.get(panel);
			if (shown.contains(panel)) {
				if (chart == null) {
					chart = new ApexChart(ChartOptions.timeSeries(220,
							ChartOptions.YAxis.of(getTranslation("predictions.panel." + panel.param()),
									(panel == PageQuery.Panel.BOLLINGER) ? "price" : "plain"),
							getTranslation("predictions.chart.no-data")));
					chart.setId("panel-" + panel.param());
					this.panels.put(panel, chart);
					getContent().add(chart);
				}
				chart.setVisible(true);
				chart.setSeries(IndicatorPanels.series(panel, history, this::getTranslation));
			}
			else if (chart != null) {
				chart.setVisible(false);
			}
		}
	}

	/**
	 * @param panel an indicator panel
	 * @return its chart if it was ever shown
	 */
	ApexChart panel(PageQuery.Panel panel) {
		return this.panels.get(panel);
	}

	private String label(String model) {
		return getTranslation("predictions.model." + model.toLowerCase(java.util.Locale.ROOT));
	}

	// The path starts one step after the last price; starting the drawn line at the last
	// price joins it to the history instead of leaving a gap at "now".
	private static List<ChartSeries.Point> path(TimedValue now, List<TimedValue> path) {
		List<TimedValue> joined = new ArrayList<>(path.size() + 1);
		joined.add(now);
		joined.addAll(path);
		return timed(joined);
	}

	// The palette in series order, but bands take the colour of the line before them
	// (the consensus), so they read as its range.
	private static List<String> colors(List<ChartSeries> series) {
		List<String> colors = new ArrayList<>(series.size());
		for (int i = 0; i < series.size(); i++) {
			colors.add(series.get(i).type().equals("rangeArea") ? colors.get(i - 1)
					: ChartOptions.PALETTE.get(i % ChartOptions.PALETTE.size()));
		}
		return colors;
	}

	/**
	 * The band around the consensus path. Only the range at the horizon is measured (from
	 * the consensus's own past errors at that horizon); toward "now" it narrows to the
	 * last price with the square root of the steps, as a random walk's spread does, so
	 * the band shows where the measured range sits without claiming ranges for earlier
	 * steps.
	 */
	static List<ChartSeries.Range> band(TimedValue now, List<TimedValue> path, IntervalRecord level) {
		List<ChartSeries.Range> band = new ArrayList<>(path.size() + 1);
		band.add(ChartSeries.Range.of(now.time(), now.value(), now.value()));
		for (int i = 0; i < path.size(); i++) {
			double share = Math.sqrt((i + 1) / (double) path.size());
			double value = path.get(i).value();
			band.add(ChartSeries.Range.of(path.get(i).time(), value * (1 + level.lowerError() * share),
					value * (1 + level.upperError() * share)));
		}
		return band;
	}

	static List<ChartSeries.Point> timed(List<TimedValue> values) {
		return values.stream().map(v -> ChartSeries.Point.of(v.time(), v.value())).toList();
	}

	static List<ChartSeries.Point> points(PriceSeries series) {
		List<ChartSeries.Point> points = new ArrayList<>(series.size());
		for (int i = 0; i < series.size(); i++) {
			points.add(new ChartSeries.Point(series.epochMillis(i), series.price(i)));
		}
		return points;
	}

}
