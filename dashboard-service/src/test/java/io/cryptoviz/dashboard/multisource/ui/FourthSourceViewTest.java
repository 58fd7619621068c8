package io.cryptoviz.dashboard.multisource.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.dashboard.base.ui.KpiCard;
import io.cryptoviz.dashboard.base.ui.chart.ChartSeries;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fourth provider added by configuration alone: three properties, no code, and its
 * stored rows show up labelled and coloured.
 */
@SpringBootTest(properties = { "cryptoviz.dashboard.sources.coincap.label=CoinCap",
		"cryptoviz.dashboard.sources.coincap.color=#b07aa1", "cryptoviz.dashboard.sources.coincap.aliases=cc" })
@ViewPackages(packages = "io.cryptoviz.dashboard")
class FourthSourceViewTest extends SpringBrowserlessTest {

	static final Instant END = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	static final Path STORE = seed();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", STORE::toString);
	}

	MultiSourceView dashboard(String query) {
		UI.getCurrent().navigate("dashboard", QueryParameters.fromString(query));
		return (MultiSourceView) getCurrentView();
	}

	@Test
	void a_fourth_source_configured_only_in_properties_shows_up_labelled_and_coloured() {
		MultiSourceView view = dashboard("mode=compare&cryptos=bitcoin");
		List<ChartSeries> series = view.charts.charts().getFirst().series();
		assertThat(series).extracting(ChartSeries::name)
			.containsExactly("CoinCap", "CoinGecko", "CoinMarketCap", "CoinPaprika", "Spread (max − min) vs median %");
		assertThat(series.getFirst().color()).isEqualTo("#b07aa1");
		assertThat(view.filters.sources.getListDataView()
			.getItems()
			.map(view.filters.sources.getItemLabelGenerator()::apply)).contains("CoinCap");
		assertThat(view.spreads.grid().getColumns()).extracting(Grid.Column::getHeaderText).contains("CoinCap");
		assertThat($(KpiCard.class).id("kpi-source-coincap").value()).isEqualTo("26 records");
	}

	@Test
	void its_alias_selects_it() {
		MultiSourceView view = dashboard("mode=compare&cryptos=bitcoin&sources=cc");
		assertThat(view.charts.charts().getFirst().series()).extracting(ChartSeries::name).containsExactly("CoinCap");
	}

	private static Path seed() {
		try {
			Path file = Files.createTempDirectory("cryptoviz-four-sources-").resolve("cryptoviz.duckdb");
			SeededStore.create(file, 2, Duration.ofHours(1), END,
					List.of("COINCAP", "COINGECKO", "COINMARKETCAP", "COINPAPRIKA"));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
