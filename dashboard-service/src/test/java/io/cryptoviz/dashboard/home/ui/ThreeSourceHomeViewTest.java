package io.cryptoviz.dashboard.home.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import io.cryptoviz.dashboard.ThreeSourceTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Home with CoinGecko, CoinMarketCap and CoinPaprika in the store. */
class ThreeSourceHomeViewTest extends ThreeSourceTestSupport {

	@Test
	void the_per_source_table_lists_the_three_sources_by_label() {
		StatusPanel status = ((HomeView) open("")).status;
		assertThat(status.sources.value()).isEqualTo("3 of 3");
		assertThat(test(status.perSource).size()).isEqualTo(3);
		assertThat(test(status.perSource).getCellText(2, 0)).isEqualTo("CoinPaprika");
		assertThat(test(status.perSource).getCellText(2, 1))
			.isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", ROWS_PER_SOURCE));
	}

	@Test
	void the_intro_and_the_guide_name_every_configured_source() {
		open("");
		assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("CryptoViz collects prices from CoinGecko, CoinMarketCap, and CoinPaprika every five minutes "
					+ "and keeps them on your machine.");
		assertThat($(ListItem.class).all()).extracting(item -> item.getElement().getTextRecursively())
			.anySatisfy(
					text -> assertThat(text).contains("Compare prices from CoinGecko, CoinMarketCap, and CoinPaprika"));
	}

}
