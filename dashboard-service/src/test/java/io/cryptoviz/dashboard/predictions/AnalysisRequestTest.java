package io.cryptoviz.dashboard.predictions;

import java.time.Duration;

import io.cryptoviz.dashboard.base.source.ShippedSources;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.ml.analysis.AnalysisSettings;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AnalysisRequestTest {

	@Nested
	class Rejects {

		@ParameterizedTest
		@ValueSource(strings = { "", "Bitcoin", "bit coin", "-bitcoin", "bitcoin/x" })
		void an_asset_id_that_cannot_be_a_coingecko_id(String id) {
			assertThatIllegalArgumentException().isThrownBy(() -> AnalysisRequest.defaults(id))
				.withMessageContaining("assetId");
		}

		@ParameterizedTest
		@ValueSource(ints = { 5, 73, -24 })
		void a_history_outside_6_to_72_hours(int hours) {
			assertThatIllegalArgumentException().isThrownBy(
					() -> new AnalysisRequest("bitcoin", hours, 4, SourceSelection.ALL, AnalysisRequest.DEFAULT_MODELS))
				.withMessage("historyHours must be between 6 and 72, was " + hours);
		}

		@ParameterizedTest
		@ValueSource(ints = { 0, 25 })
		void a_horizon_outside_1_to_24_hours(int hours) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new AnalysisRequest("bitcoin", 24, hours, SourceSelection.ALL,
						AnalysisRequest.DEFAULT_MODELS))
				.withMessage("horizonHours must be between 1 and 24, was " + hours);
		}

	}

	@Test
	void the_defaults_are_24_hours_of_history_4_hours_ahead_from_both_sources() {
		AnalysisRequest request = AnalysisRequest.defaults("bitcoin");
		assertThat(request.historyHours()).isEqualTo(24);
		assertThat(request.horizonHours()).isEqualTo(4);
		assertThat(request.source()).isEqualTo(SourceSelection.ALL);
		assertThat(request.models().maShort()).isEqualTo(20);
		assertThat(request.models().maLong()).isEqualTo(50);
		assertThat(request.models().momentumPeriod()).isEqualTo(14);
	}

	@Test
	void settings_carry_the_windows_and_the_lookback_to_ml_core() {
		AnalysisSettings settings = new AnalysisRequest("bitcoin", 48, 6, SourceSelection.of(Source.COINGECKO),
				AnalysisRequest.DEFAULT_MODELS)
			.settings(PredictionService.LOOKBACK);
		assertThat(settings.history()).isEqualTo(Duration.ofHours(48));
		assertThat(settings.horizon()).isEqualTo(Duration.ofHours(6));
		assertThat(settings.backtestLookback()).isEqualTo(Duration.ofDays(7));
	}

	@ParameterizedTest
	@ValueSource(strings = { "cmc", "CoinMarketCap", " coinmarketcap " })
	void source_names_and_short_forms_parse(String value) {
		assertThat(ShippedSources.catalog().parse(value)).hasValue(SourceSelection.of(Source.COINMARKETCAP));
	}

	@Test
	void an_unknown_source_does_not_parse() {
		assertThat(ShippedSources.catalog().parse("binance")).isEmpty();
	}

}
