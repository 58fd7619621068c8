package io.cryptoviz.dashboard.multisource.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import io.cryptoviz.dashboard.ViewTestSupport;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.dashboard.base.ui.KpiCard;
import io.cryptoviz.dashboard.base.ui.chart.ApexChart;
import io.cryptoviz.dashboard.base.ui.chart.ChartOptions;
import io.cryptoviz.dashboard.base.ui.chart.ChartSeries;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Multi-Source page's per-source status cards, empty selection, zero line, data range
 * and source colours, in English and French.
 */
class MultiSourcePageDetailsTest extends ViewTestSupport {

	@Autowired
	SourceCatalog catalog;

	@AfterEach
	void english() {
		UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
	}

	MultiSourceView dashboard(String query) {
		return (MultiSourceView) open("dashboard" + (query.isEmpty() ? "" : "?" + query));
	}

	KpiCard sourceCard(MultiSourceView view, String key) {
		return view.kpis.getContent()
			.getChildren()
			.flatMap(row -> row.getChildren())
			.filter(card -> card.getId().orElse("").equals("kpi-source-" + key))
			.map(KpiCard.class::cast)
			.findFirst()
			.orElseThrow();
	}

	static String hint(KpiCard card) {
		return card.getContent().getChildren().toList().get(2).getElement().getText();
	}

	@Nested
	class Source_status_cards {

		@Test
		void show_the_record_count_and_the_age_and_are_green_while_fresh() {
			KpiCard card = sourceCard(dashboard(""), "coingecko");

			assertThat(card.value()).isEqualTo("10,380 records");
			assertThat(hint(card)).isEqualTo("updated just now");
			assertThat(card.toneClass()).isEqualTo("cv-fresh");
		}

		@Test
		void turn_yellow_from_ten_minutes() {
			MultiSourcePageDetailsTest.this.clock.advance(Duration.ofMinutes(10));

			KpiCard card = sourceCard(dashboard(""), "coinmarketcap");
			assertThat(card.toneClass()).isEqualTo("cv-late");
			assertThat(hint(card)).isEqualTo("updated 10 min ago");
		}

		@Test
		void stay_yellow_at_fifty_nine_minutes_and_turn_red_at_sixty() {
			MultiSourcePageDetailsTest.this.clock.advance(Duration.ofMinutes(59));
			assertThat(sourceCard(dashboard(""), "coingecko").toneClass()).isEqualTo("cv-late");

			MultiSourcePageDetailsTest.this.clock.advance(Duration.ofMinutes(1));
			KpiCard card = sourceCard(dashboard(""), "coingecko");
			assertThat(card.toneClass()).isEqualTo("cv-stale");
			assertThat(hint(card)).isEqualTo("updated 1 h ago");
		}

	}

	@Test
	void clearing_every_crypto_clears_the_charts_and_asks_for_one() {
		MultiSourceView view = dashboard("cryptos=bitcoin,ethereum");
		assertThat(view.nothingSelected.isVisible()).isFalse();

		view.filters.cryptos.clear();

		assertThat(view.charts.charts()).isEmpty();
		assertThat(view.nothingSelected.isVisible()).isTrue();
		assertThat(view.nothingSelected.getText()).isEqualTo("Select at least one crypto to see its charts.");
		assertThat(view.download.isVisible()).isFalse();
		assertThat(view.spreads.isVisible()).isFalse();
	}

	@Test
	void choosing_a_crypto_again_brings_the_charts_back() {
		MultiSourceView view = dashboard("cryptos=bitcoin");
		view.filters.cryptos.clear();

		test(view.filters.cryptos).selectItem("Ethereum (ETH)");

		MultiSourceView shown = (MultiSourceView) getCurrentView();
		assertThat(shown.charts.charts()).hasSize(1);
		assertThat(shown.nothingSelected.isVisible()).isFalse();
	}

	@Test
	void percent_mode_draws_a_dashed_zero_line_and_the_other_modes_none() {
		ChartOptions percent = dashboard("mode=percent").charts.charts().getFirst().options();
		assertThat(percent.annotations().yaxis()).singleElement().satisfies(line -> {
			assertThat(line.y()).isZero();
			assertThat(line.strokeDashArray()).isPositive();
		});

		assertThat(dashboard("mode=shared").charts.charts().getFirst().options().annotations().yaxis()).isEmpty();
	}

	@Test
	void the_data_range_is_printed_above_the_filters() {
		MultiSourceView view = dashboard("");

		assertThat(view.filters.dataRange.getText())
			.isEqualTo("Data available: " + Formats.utc(END.minus(Duration.ofHours(72))) + " → " + Formats.utc(END));
		assertThat(view.filters.getContent().getChildren().findFirst()).contains(view.filters.dataRange);
	}

	@Test
	void every_source_line_has_its_catalog_colour_whichever_sources_are_shown() {
		for (String sources : new String[] { "all", "coinmarketcap" }) {
			for (ApexChart chart : dashboard("mode=compare&cryptos=bitcoin,solana&sources=" + sources).charts
				.charts()) {
				for (ChartSeries series : chart.series()) {
					if (series.type().equals("line")) {
						Source source = this.catalog.entries()
							.stream()
							.filter(e -> e.label().equals(series.name()))
							.findFirst()
							.orElseThrow()
							.source();
						assertThat(series.color()).as(sources + ": " + series.name())
							.isEqualTo(this.catalog.color(source));
					}
				}
			}
		}
	}

	@Test
	void the_csv_download_holds_one_row_per_point_the_charts_draw() throws Exception {
		MultiSourceView view = dashboard("mode=compare&cryptos=bitcoin,ethereum&period=6h");
		java.io.StringWriter csv = new java.io.StringWriter();

		view.writeCsv(csv);

		long drawn = view.charts.charts()
			.stream()
			.flatMap(chart -> chart.series().stream())
			.mapToLong(series -> series.data().size())
			.sum();
		List<String> lines = csv.toString().lines().toList();
		assertThat(lines.getFirst()).isEqualTo("chart,line,unit,time,value");
		assertThat(lines).hasSize((int) drawn + 1);
		assertThat(lines).anyMatch(line -> line.startsWith("bitcoin,CoinGecko,usd,"))
			.anyMatch(line -> line.startsWith("ethereum,CMC vs CG,percent,"));
	}

	@Test
	void french_shows_the_new_elements_in_french() {
		dashboard("cryptos=bitcoin");
		chooseLanguage("français");
		MultiSourceView view = (MultiSourceView) getCurrentView();

		assertThat(view.filters.dataRange.getText()).startsWith("Données disponibles : ");
		assertThat(hint(sourceCard(view, "coingecko"))).isEqualTo("mis à jour à l'instant");
		assertThat(sourceCard(view, "coingecko").value().replaceAll("\\p{Zs}", " "))
			.isEqualTo("10 380 enregistrements");
		assertThat(view.download.getText()).isEqualTo("Télécharger en CSV");
		view.filters.cryptos.clear();
		assertThat(view.nothingSelected.getText())
			.isEqualTo("Sélectionnez au moins une crypto pour voir ses graphiques.");
	}

}
