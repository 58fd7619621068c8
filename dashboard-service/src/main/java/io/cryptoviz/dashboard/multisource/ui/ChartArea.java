package io.cryptoviz.dashboard.multisource.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.cryptoviz.dashboard.base.ui.chart.ApexChart;
import io.cryptoviz.dashboard.base.ui.chart.ChartOptions;
import io.cryptoviz.dashboard.base.ui.chart.ChartSeries;
import io.cryptoviz.dashboard.multisource.ChartData;
import io.cryptoviz.dashboard.multisource.DashboardData;
import io.cryptoviz.dashboard.multisource.SpreadMethod;

/**
 * The charts of the current mode. A chart is keyed by what it shows (an asset, or "all"),
 * so a refresh or a filter change updates the charts in place instead of rebuilding them.
 */
final class ChartArea extends Composite<Div> {

	/** The gap area keeps the red it always had, which no source's colour takes. */
	static final String GAP_COLOR = "#e15759";

	private final Map<String, Card> cards = new LinkedHashMap<>();

	ChartArea() {
		getContent().setId("charts");
		getContent().addClassName("cv-charts");
	}

	void show(DashboardData data) {
		Map<String, ChartData> wanted = new LinkedHashMap<>();
		data.charts().forEach(chart -> wanted.put(chart.key(), chart));
		new ArrayList<>(this.cards.keySet()).stream().filter(key -> !wanted.containsKey(key)).forEach(key -> {
			getContent().remove(this.cards.remove(key).box());
		});
		boolean single = wanted.size() == 1;
		wanted.forEach((key, chart) -> {
			Card card = this.cards.computeIfAbsent(key, k -> newCard(k, single));
			card.title().setText(title(chart));
			List<ChartSeries> series = series(chart);
			card.chart().setOptions(options(chart, data.now(), single).withFillFor(series));
			card.chart().setSeries(series);
		});
		getContent().removeAll();
		wanted.keySet().forEach(key -> getContent().add(this.cards.get(key).box()));
		getContent().getClassNames().set("cv-charts-grid", !single);
	}

	/**
	 * Removes every chart, so none is left showing a selection that no longer holds.
	 */
	void clear() {
		this.cards.clear();
		getContent().removeAll();
	}

	/**
	 * @return the charts in display order
	 */
	List<ApexChart> charts() {
		return this.cards.values().stream().map(Card::chart).toList();
	}

	private Card newCard(String key, boolean single) {
		ApexChart chart = new ApexChart(
				options(new ChartData(key, "", ChartData.Unit.USD, List.of()), Instant.now(), single));
		chart.setId("chart-" + key);
		H3 title = new H3();
		Div box = new Div(title, chart);
		box.addClassName("cv-chart-card");
		return new Card(box, title, chart);
	}

	private String title(ChartData chart) {
		if (!chart.key().equals("all")) {
			return chart.title();
		}
		return getTranslation((chart.unit() == ChartData.Unit.PERCENT) ? "chart.title.percent" : "chart.title.shared");
	}

	private ChartOptions options(ChartData chart, Instant now, boolean single) {
		boolean percent = chart.unit() == ChartData.Unit.PERCENT;
		ChartOptions.YAxis main = ChartOptions.YAxis
			.of(getTranslation(percent ? "chart.axis.percent" : "chart.axis.usd"), percent ? "percent" : "price");
		ChartOptions options = ChartOptions.timeSeries(single ? 420 : 260, main, getTranslation("chart.no-data"))
			.withMarker(ChartOptions.XAnnotation.at(now, getTranslation("chart.now")));
		if (percent) {
			options = options.withLine(ChartOptions.YAnnotation.zeroLine());
		}
		List<String> priceLines = chart.lines().stream().filter(line -> !line.gap()).map(ChartData.Line::name).toList();
		for (ChartData.Line line : chart.lines()) {
			if (line.gap()) {
				String name = gapName(line);
				ChartOptions.YAxis gap = ChartOptions.YAxis.of(name, "percent").forSeries(List.of(name), true);
				options = options.withYAxes(List.of(main.forSeries(priceLines, false), gap));
			}
		}
		return options;
	}

	// The legend says how sources are compared: "Gap CMC vs CG %" for two,
	// "Spread (max − min) vs median %" for more.
	private String gapName(ChartData.Line line) {
		return (line.spread() == SpreadMethod.PAIR) ? getTranslation("chart.gap", line.name())
				: getTranslation("chart.spread");
	}

	private List<ChartSeries> series(ChartData chart) {
		return chart.lines().stream().map(line -> {
			List<ChartSeries.Point> points = line.points()
				.stream()
				.map(p -> ChartSeries.Point.of(p.time(), p.price()))
				.toList();
			return line.gap() ? ChartSeries.area(gapName(line), points).withColor(GAP_COLOR)
					: ChartSeries.line(line.name(), points).withColor(line.color());
		}).toList();
	}

	private record Card(Div box, H3 title, ApexChart chart) {
	}

}
