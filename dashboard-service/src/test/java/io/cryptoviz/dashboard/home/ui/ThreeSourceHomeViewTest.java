package io.cryptoviz.dashboard.home.ui;

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

}
