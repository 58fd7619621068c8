package io.cryptoviz.dashboard.predictions.ui;

import java.util.List;

import io.cryptoviz.dashboard.ThreeSourceTestSupport;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Predictions page with CoinGecko, CoinMarketCap and CoinPaprika in the store. */
class ThreeSourcePredictionsViewTest extends ThreeSourceTestSupport {

	@Test
	void the_source_choice_offers_the_third_source_and_its_alias_selects_it() {
		PredictionsView view = (PredictionsView) open("predictions?crypto=bitcoin&source=cp&mode=manual");
		assertThat(
				view.config.source.getListDataView().getItems().map(view.config.source.getItemLabelGenerator()::apply))
			.containsExactly("All (merged per 5 min)", "CoinGecko", "CoinMarketCap", "CoinPaprika");
		assertThat(view.config.source.getValue()).isEqualTo(SourceSelection.of(Source.COINPAPRIKA));
		assertThat(view.query().toParameters()).containsEntry("source", List.of("coinpaprika"));
	}

}
