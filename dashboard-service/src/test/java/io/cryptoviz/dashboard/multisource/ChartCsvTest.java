package io.cryptoviz.dashboard.multisource;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import io.cryptoviz.store.read.PricePoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartCsvTest {

	static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");

	static String csv(List<ChartData> charts) throws Exception {
		StringWriter out = new StringWriter();
		ChartCsv.write(charts, out);
		return out.toString();
	}

	@Test
	void writes_one_row_per_drawn_point_with_its_chart_line_and_unit() throws Exception {
		ChartData compare = new ChartData("bitcoin", "Bitcoin (BTC)", ChartData.Unit.USD,
				List.of(new ChartData.Line("CoinGecko", List.of(new PricePoint(T0, 97000.5)), null, "#8dc63f"),
						new ChartData.Line("CMC vs CG", List.of(new PricePoint(T0, -0.125)), SpreadMethod.PAIR, null)));

		assertThat(csv(List.of(compare)))
			.isEqualTo("chart,line,unit,time,value\r\n" + "bitcoin,CoinGecko,usd,2026-01-31T12:00:00Z,97000.5\r\n"
					+ "bitcoin,CMC vs CG,percent,2026-01-31T12:00:00Z,-0.125\r\n");
	}

	@Test
	void percent_charts_write_percent_and_large_values_without_an_exponent() throws Exception {
		ChartData percent = new ChartData("all", "%", ChartData.Unit.PERCENT,
				List.of(ChartData.Line.price("BTC", List.of(new PricePoint(T0, 12345678.0)))));

		assertThat(csv(List.of(percent))).endsWith("all,BTC,percent,2026-01-31T12:00:00Z,12345678\r\n");
	}

	@Test
	void a_name_with_a_comma_or_quote_is_quoted() throws Exception {
		ChartData chart = new ChartData("x", "x", ChartData.Unit.USD,
				List.of(ChartData.Line.price("A, \"B\"", List.of(new PricePoint(T0, 1)))));

		assertThat(csv(List.of(chart))).contains("x,\"A, \"\"B\"\"\",usd,");
	}

	@Test
	void the_median_spread_line_is_named_spread() throws Exception {
		ChartData chart = new ChartData("x", "x", ChartData.Unit.USD,
				List.of(new ChartData.Line("", List.of(new PricePoint(T0, 0.5)), SpreadMethod.MEDIAN, null)));

		assertThat(csv(List.of(chart))).contains("x,spread,percent,");
	}

}
