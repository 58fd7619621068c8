package io.cryptoviz.dashboard.multisource.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import io.cryptoviz.dashboard.ViewTestSupport;
import io.cryptoviz.store.read.QuoteRow;
import io.cryptoviz.dashboard.base.ui.chart.ApexChart;
import io.cryptoviz.dashboard.base.ui.chart.ChartSeries;
import io.cryptoviz.dashboard.multisource.DashboardQuery;
import io.cryptoviz.dashboard.multisource.DisplayMode;
import io.cryptoviz.dashboard.multisource.SpreadRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MultiSourceViewTest extends ViewTestSupport {

	@AfterEach
	void english() {
		UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
	}

	MultiSourceView dashboard(String query) {
		return (MultiSourceView) open("dashboard" + (query.isEmpty() ? "" : "?" + query));
	}

	static List<String> seriesNames(ApexChart chart) {
		return chart.series().stream().map(ChartSeries::name).toList();
	}

	/**
	 * @return the current URL's path and its parameters, order-independent
	 */
	Map<String, List<String>> location() {
		var location = UI.getCurrent().getInternals().getActiveViewLocation();
		Map<String, List<String>> parameters = new java.util.TreeMap<>(location.getQueryParameters().getParameters());
		parameters.put("", List.of(location.getPath()));
		return parameters;
	}

	static Map<String, List<String>> url(String path, String... pairs) {
		Map<String, List<String>> parameters = new java.util.TreeMap<>();
		parameters.put("", List.of(path));
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put(pairs[i], List.of(pairs[i + 1]));
		}
		return parameters;
	}

	@Test
	void the_default_view_shows_the_top_five_by_market_cap_in_one_chart() {
		MultiSourceView view = dashboard("");
		assertThat(view.charts.charts()).hasSize(1);
		assertThat(seriesNames(view.charts.charts().getFirst())).containsExactly("BTC", "ETH", "USDT", "XRP", "BNB");
		assertThat(view.kpis.records.value()).isEqualTo("20,760");
		assertThat(view.kpis.cryptos.value()).isEqualTo("12");
		assertThat(view.kpis.streaming.value()).isEqualTo("Live");
		assertThat(view.autoRefresh.enabled()).isTrue();
		assertThat(view.notice.titleText()).isEmpty();
	}

	@Nested
	class Filters_change_the_series {

		@Test
		void choosing_another_crypto_adds_its_line_and_puts_it_in_the_url() {
			MultiSourceView view = dashboard("");
			test(view.filters.cryptos).selectItem("Bitcoin (BTC)", "Ethereum (ETH)", "Tether (USDT)", "XRP (XRP)",
					"BNB (BNB)", "Solana (SOL)");
			MultiSourceView shown = (MultiSourceView) getCurrentView();
			assertThat(seriesNames(shown.charts.charts().getFirst())).contains("SOL").hasSize(6);
			assertThat(location())
				.isEqualTo(url("dashboard", "cryptos", "bitcoin,ethereum,tether,ripple,binancecoin,solana"));
		}

		@Test
		void one_source_leaves_only_that_source_in_the_comparison() {
			MultiSourceView view = dashboard("mode=compare&cryptos=bitcoin");
			assertThat(seriesNames(view.charts.charts().getFirst())).containsExactly("CoinGecko", "CoinMarketCap",
					"Gap CMC vs CG %");
			test(view.filters.sources).selectItem("CoinGecko");
			MultiSourceView shown = (MultiSourceView) getCurrentView();
			assertThat(seriesNames(shown.charts.charts().getFirst())).containsExactly("CoinGecko");
		}

		@Test
		void a_shorter_period_starts_the_series_later() {
			MultiSourceView view = dashboard("cryptos=bitcoin&period=72h");
			Instant start72 = Instant
				.ofEpochMilli(view.charts.charts().getFirst().series().getFirst().data().getFirst().x());
			test(view.filters.period).selectItem("1 hour");
			MultiSourceView shown = (MultiSourceView) getCurrentView();
			List<ChartSeries.Point> points = shown.charts.charts().getFirst().series().getFirst().data();
			assertThat(Instant.ofEpochMilli(points.getFirst().x())).isAfter(start72)
				.isAfterOrEqualTo(END.minus(Duration.ofHours(1)).minus(Duration.ofMinutes(1)));
			assertThat(points).hasSize(13);
			assertThat(location()).isEqualTo(url("dashboard", "cryptos", "bitcoin", "period", "1h"));
		}

		@Test
		void a_custom_range_is_bounded_by_the_data() {
			LocalDate last = LocalDate.ofInstant(END, ZoneOffset.UTC);
			MultiSourceView view = dashboard("cryptos=bitcoin&period=custom&from=2020-01-01&to=" + last);
			assertThat(view.filters.from.isVisible()).isTrue();
			assertThat(view.filters.from.getMax()).isEqualTo(last);
			assertThat(view.filters.from.getMin())
				.isEqualTo(LocalDate.ofInstant(END.minus(Duration.ofHours(72)), ZoneOffset.UTC));
			List<ChartSeries.Point> points = view.charts.charts().getFirst().series().getFirst().data();
			assertThat(Instant.ofEpochMilli(points.getFirst().x()))
				.isAfterOrEqualTo(END.minus(Duration.ofHours(72)).minus(Duration.ofMinutes(10)));
			assertThat(points).hasSizeLessThanOrEqualTo(1000);
		}

	}

	@ParameterizedTest(name = "{0}: {1} charts of {2} series")
	@CsvSource({ "shared, 1, 5", "separate, 5, 1", "percent, 1, 5", "compare, 5, 3" })
	void modes_change_the_charts(String mode, int charts, int seriesPerChart) {
		MultiSourceView view = dashboard("mode=" + mode);
		assertThat(view.charts.charts()).hasSize(charts)
			.allSatisfy(chart -> assertThat(chart.series()).hasSize(seriesPerChart));
	}

	@Test
	void percent_mode_starts_every_line_at_zero() {
		MultiSourceView view = dashboard("mode=percent");
		assertThat(view.charts.charts().getFirst().series())
			.allSatisfy(series -> assertThat(series.data().getFirst().y()).isEqualTo(0.0));
		assertThat(view.charts.charts().getFirst().options().yaxis().getFirst().cvFormat()).isEqualTo("percent");
	}

	@Test
	void comparison_draws_the_gap_as_an_area_on_a_second_axis() {
		MultiSourceView view = dashboard("mode=compare&cryptos=ethereum");
		ApexChart chart = view.charts.charts().getFirst();
		assertThat(chart.options().yaxis()).hasSize(2);
		assertThat(chart.options().yaxis().get(1).opposite()).isTrue();
		assertThat(chart.series().get(2).type()).isEqualTo("area");
		assertThat(chart.options().annotations().xaxis()).hasSize(1);
	}

	@Test
	void switching_mode_keeps_the_same_chart_component() {
		MultiSourceView view = dashboard("mode=shared");
		ApexChart before = view.charts.charts().getFirst();
		test(view.filters.mode).selectItem("Change %");
		MultiSourceView shown = (MultiSourceView) getCurrentView();
		assertThat(shown.charts.charts().getFirst()).isSameAs(before);
		assertThat(location()).isEqualTo(url("dashboard", "mode", "percent"));
	}

	@Nested
	class Url_parameters {

		@Test
		void round_trip_through_the_filters() {
			Map<String, List<String>> parameters = Map.of("cryptos", List.of("ethereum,bitcoin"), "sources",
					List.of("coinmarketcap"), "period", List.of("7d"), "mode", List.of("separate"));
			MultiSourceView view = dashboard("cryptos=ethereum,bitcoin&sources=coinmarketcap&period=7d&mode=separate");
			assertThat(view.query().toParameters()).isEqualTo(parameters);
			assertThat(view.filters.mode.getValue()).isEqualTo(DisplayMode.SEPARATE);
			assertThat(view.filters.cryptos.getValue()).extracting(a -> a.assetId())
				.containsExactlyInAnyOrder("ethereum", "bitcoin");
			assertThat(view.charts.charts()).hasSize(2);
		}

		@Test
		void invalid_values_fall_back_to_defaults_with_a_notice() {
			MultiSourceView view = dashboard("period=fortnight&mode=3d&sources=binance&cryptos=Bitcoin!");
			assertThat(view.query()).isEqualTo(DashboardQuery.DEFAULT);
			assertThat(test($(Notification.class).single()).getText()).contains("period", "mode", "sources", "cryptos");
			assertThat(view.charts.charts()).hasSize(1);
		}

		@Test
		void a_custom_period_without_dates_falls_back_with_a_notice() {
			MultiSourceView view = dashboard("period=custom&from=yesterday");
			assertThat(view.query().period()).isEqualTo(DashboardQuery.DEFAULT.period());
			assertThat(test($(Notification.class).single()).getText()).contains("period");
		}

		@Test
		void untracked_cryptos_are_left_out_with_a_notice() {
			MultiSourceView view = dashboard("cryptos=bitcoin,not-a-coin");
			assertThat(seriesNames(view.charts.charts().getFirst())).containsExactly("BTC");
			assertThat(test($(Notification.class).single()).getText()).contains("not-a-coin");
		}

	}

	@Test
	void the_spread_table_puts_the_biggest_gap_first() {
		List<SpreadRow> rows = dashboard("").spreads.rows();
		assertThat(rows).hasSize(5)
			.allSatisfy(row -> assertThat(row.gapPercent()).isNotNull())
			.extracting(row -> Math.abs(row.gapPercent()))
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void the_recent_grid_loads_lazily_and_sorts_in_sql() {
		MultiSourceView view = dashboard("cryptos=bitcoin,dogecoin&period=1h");
		var grid = view.recent.grid();
		assertThat(test(grid).size()).isEqualTo(2 * 2 * 13);
		assertThat(test(grid).getRow(0).timestamp()).isEqualTo(END);
		grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("PRICE"), SortDirection.ASCENDING)));
		QuoteRow cheapest = test(grid).getRow(0);
		assertThat(cheapest.assetId()).isEqualTo("dogecoin");
	}

	@Test
	void french_strings_appear_with_the_french_locale() {
		dashboard("mode=separate");
		chooseLanguage("français");
		MultiSourceView view = (MultiSourceView) getCurrentView();
		assertThat(view.kpis.streaming.value()).isEqualTo("En direct");
		assertThat(view.filters.mode.getLabel()).isEqualTo("Affichage");
		assertThat(view.refresh.getText()).isEqualTo("Actualiser");
		assertThat(view.charts.charts().getFirst().options().noData().text())
			.isEqualTo("Aucune cotation sur cette période");
	}

}
