package io.cryptoviz.dashboard.base.ui.chart;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accessible label a chart gets when its page sets none: what is measured (the y-axis
 * titles) and which series are drawn, e.g. "Price (USD): Bitcoin · CoinGecko, Bitcoin ·
 * CoinMarketCap". Long legends are cut to a few names so a screen reader stays brief.
 */
final class ChartLabel {

	static final int MAX_NAMES = 6;

	private ChartLabel() {
	}

	static String of(ChartOptions options, List<ChartSeries> series) {
		String measured = options.yaxis()
			.stream()
			.filter(ChartOptions.YAxis::show)
			.map((axis) -> axis.title().text())
			.filter((title) -> !title.isBlank())
			.distinct()
			.collect(Collectors.joining(" / "));
		Set<String> names = new LinkedHashSet<>();
		series.forEach((one) -> names.add(one.name()));
		if (names.isEmpty()) {
			return measured.isEmpty() ? options.noData().text() : measured + ": " + options.noData().text();
		}
		String shown = names.stream().limit(MAX_NAMES).collect(Collectors.joining(", "));
		if (names.size() > MAX_NAMES) {
			shown += " +" + (names.size() - MAX_NAMES);
		}
		return measured.isEmpty() ? shown : measured + ": " + shown;
	}

}
