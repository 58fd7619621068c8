package io.cryptoviz.dashboard.multisource.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.cryptoviz.dashboard.ThreeSourceTestSupport;
import io.cryptoviz.dashboard.base.source.ShippedSources;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.dashboard.base.ui.KpiCard;
import io.cryptoviz.dashboard.base.ui.chart.ChartSeries;
import io.cryptoviz.dashboard.multisource.SpreadRow;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Multi-Source page with CoinGecko, CoinMarketCap and CoinPaprika in the store. */
class ThreeSourceViewTest extends ThreeSourceTestSupport {

	static final SourceCatalog CATALOG = ShippedSources.catalog();

	MultiSourceView dashboard(String query) {
		return (MultiSourceView) open("dashboard" + (query.isEmpty() ? "" : "?" + query));
	}

	@Test
	void the_comparison_draws_each_source_in_its_colour_and_the_spread_against_the_median() {
		List<ChartSeries> series = dashboard("mode=compare&cryptos=bitcoin").charts.charts().getFirst().series();
		assertThat(series).extracting(ChartSeries::name)
			.containsExactly("CoinGecko", "CoinMarketCap", "CoinPaprika", "Spread (max − min) vs median %");
		assertThat(series).extracting(ChartSeries::color)
			.containsExactly(CATALOG.color(Source.COINGECKO), CATALOG.color(Source.COINMARKETCAP),
					CATALOG.color(Source.COINPAPRIKA), ChartArea.GAP_COLOR);
		assertThat(series.getLast().data()).isNotEmpty()
			.allSatisfy(point -> assertThat(point.y()).isNotNull().isGreaterThanOrEqualTo(0.0));
	}

	@ParameterizedTest(name = "sources={0}")
	@CsvSource({ "both, all", "all, all", "cp, coinpaprika", "coinpaprika, coinpaprika", "cmc, coinmarketcap",
			"cg, coingecko" })
	void old_and_new_url_values_select_the_sources_they_name(String value, String selected) {
		MultiSourceView view = dashboard("mode=compare&cryptos=bitcoin&sources=" + value);
		assertThat(view.query().sources().param()).isEqualTo(selected);
		int lines = view.charts.charts().getFirst().series().size();
		assertThat(lines).isEqualTo(selected.equals("all") ? 4 : 1);
	}

	@Test
	void the_source_filter_offers_all_and_each_source_by_its_label() {
		MultiSourceView view = dashboard("mode=compare&cryptos=bitcoin");
		assertThat(view.filters.sources.getListDataView()
			.getItems()
			.map(view.filters.sources.getItemLabelGenerator()::apply))
			.containsExactly("All", "CoinGecko", "CoinMarketCap", "CoinPaprika");
		test(view.filters.sources).selectItem("CoinPaprika");
		MultiSourceView shown = (MultiSourceView) getCurrentView();
		assertThat(shown.query().sources()).isEqualTo(SourceSelection.of(Source.COINPAPRIKA));
		assertThat(shown.charts.charts().getFirst().series()).extracting(ChartSeries::name)
			.containsExactly("CoinPaprika");
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
			.containsEntry("sources", List.of("coinpaprika"));
	}

	@Test
	void the_price_gap_table_has_a_column_per_source_and_the_spread_against_their_median() {
		MultiSourceView view = dashboard("");
		assertThat(view.spreads.grid().getColumns()).extracting(Grid.Column::getHeaderText)
			.containsExactly("Crypto", "CoinGecko", "CoinMarketCap", "CoinPaprika", "Spread max − min (USD)",
					"Spread % of median");
		assertThat(view.spreads.method.getText())
			.isEqualTo("Highest minus lowest price of the sources, relative to their median.");
		List<SpreadRow> rows = view.spreads.rows();
		assertThat(rows).hasSize(ASSETS).allSatisfy(row -> {
			assertThat(row.prices()).containsOnlyKeys(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
			assertThat(row.gapPercent()).isNotNull().isGreaterThanOrEqualTo(0.0);
		});
		assertThat(rows).extracting(SpreadRow::gapPercent).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void each_source_has_its_own_kpi_card() {
		dashboard("");
		for (String key : List.of("coingecko", "coinmarketcap", "coinpaprika")) {
			assertThat($(KpiCard.class).id("kpi-source-" + key).value())
				.isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d records", ROWS_PER_SOURCE));
		}
		assertThat($(KpiCard.class).id("kpi-sources").value()).isEqualTo("3 of 3");
	}

	@Test
	void the_recent_quotes_name_the_third_source() {
		MultiSourceView view = dashboard("sources=cp&cryptos=bitcoin");
		assertThat(test(view.recent.grid()).getCellText(0, 2)).isEqualTo("CoinPaprika");
	}

}
