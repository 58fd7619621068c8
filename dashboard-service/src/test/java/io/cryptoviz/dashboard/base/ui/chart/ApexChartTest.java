package io.cryptoviz.dashboard.base.ui.chart;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApexChartTest {

	private static final ChartOptions PRICE = ChartOptions.timeSeries(300,
			ChartOptions.YAxis.of("Price (USD)", "price"), "No data for this period");

	@Test
	void a_chart_is_announced_as_one_image_labelled_with_what_it_measures_and_its_series() {
		ApexChart chart = new ApexChart(PRICE);
		chart.setSeries(List.of(line("Bitcoin · CoinGecko"), line("Bitcoin · CoinMarketCap")));

		assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
		assertThat(chart.getElement().getAttribute("aria-label"))
			.isEqualTo("Price (USD): Bitcoin · CoinGecko, Bitcoin · CoinMarketCap");
	}

	@Test
	void an_empty_chart_says_so_in_its_label() {
		ApexChart chart = new ApexChart(PRICE);

		assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Price (USD): No data for this period");
	}

	@Test
	void the_label_follows_the_data() {
		ApexChart chart = new ApexChart(PRICE);
		chart.setSeries(List.of(line("Bitcoin")));
		chart.setSeries(List.of(line("Ethereum")));

		assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Price (USD): Ethereum");
	}

	@Test
	void a_long_legend_is_cut_to_a_few_names_and_a_count() {
		ApexChart chart = new ApexChart(PRICE);
		chart.setSeries(IntStream.rangeClosed(1, 9).mapToObj((i) -> line("Coin " + i)).toList());

		assertThat(chart.getElement().getAttribute("aria-label"))
			.isEqualTo("Price (USD): Coin 1, Coin 2, Coin 3, Coin 4, Coin 5, Coin 6 +3");
	}

	@Test
	void a_label_set_by_the_page_wins_over_the_built_one() {
		ApexChart chart = new ApexChart(PRICE);
		chart.setAccessibleLabel("Bitcoin price with 80 % and 95 % forecast ranges");
		chart.setSeries(List.of(line("Bitcoin")));

		assertThat(chart.getElement().getAttribute("aria-label"))
			.isEqualTo("Bitcoin price with 80 % and 95 % forecast ranges");
	}

	private static ChartSeries line(String name) {
		return ChartSeries.line(name, List.of(new ChartSeries.Point(1000, 5.0)));
	}

}
