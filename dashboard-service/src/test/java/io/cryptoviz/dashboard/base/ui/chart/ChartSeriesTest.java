package io.cryptoviz.dashboard.base.ui.chart;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartSeriesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void a_line_travels_as_x_y_pairs() {
		ChartSeries line = ChartSeries.line("Price", List.of(new ChartSeries.Point(1000, 5.0)));

		assertThat(JSON.writeValueAsString(line))
			.isEqualTo("{\"name\":\"Price\",\"type\":\"line\",\"data\":[[1000,5.0]]}");
	}

	@Test
	void a_band_travels_as_x_with_lower_and_upper_in_the_compact_format_apexcharts_reads() {
		ChartSeries band = ChartSeries.band("80 %", List.of(new ChartSeries.Range(1000, 4.5, 6.0)));

		assertThat(JSON.writeValueAsString(band))
			.isEqualTo("{\"name\":\"80 %\",\"type\":\"rangeArea\",\"data\":[[1000,[4.5,6.0]]]}");
	}

	@Test
	void a_range_whose_lower_exceeds_its_upper_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ChartSeries.Range(1000, 6, 5));
	}

	@Test
	void a_band_with_points_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ChartSeries("band", "rangeArea", List.of(new ChartSeries.Point(1000, 5.0)), List.of(), null));
	}

	@Test
	void an_x_axis_title_is_sent_only_when_set() {
		ChartOptions options = ChartOptions.timeSeries(100, ChartOptions.YAxis.of("USD", "price"), "none");

		assertThat(JSON.valueToTree(options).get("xaxis").has("title")).isFalse();
		assertThat(JSON.valueToTree(options.withXTitle("Time (UTC)")).get("xaxis").get("title").get("text").asString())
			.isEqualTo("Time (UTC)");
	}

}
