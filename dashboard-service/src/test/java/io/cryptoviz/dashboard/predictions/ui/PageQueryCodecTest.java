package io.cryptoviz.dashboard.predictions.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cryptoviz.dashboard.base.source.ShippedSources;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.model.Source;
import io.cryptoviz.dashboard.base.parameter.ParameterReader;
import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageQueryCodecTest {

	static PageQueryCodec.Parsed parse(String... pairs) {
		Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put(pairs[i], List.of(pairs[i + 1]));
		}
		return PageQueryCodec.parse(parameters, ShippedSources.catalog());
	}

	@Test
	void no_parameters_give_the_defaults_without_a_notice() {
		PageQueryCodec.Parsed parsed = parse();
		assertThat(parsed.query()).isEqualTo(PageQuery.DEFAULT);
		assertThat(parsed.rejected()).isEmpty();
	}

	@Test
	void a_query_survives_the_round_trip_through_its_parameters() {
		PageQuery query = parse("crypto", "solana", "history", "72", "horizon", "1", "source", "cmc", "mode", "manual",
				"ma_short", "30", "ma_long", "30", "momentum", "5", "panels", "bollinger,rsi")
			.query();
		assertThat(PageQueryCodec.parse(query.toParameters(), ShippedSources.catalog()).query()).isEqualTo(query);
		assertThat(query.source()).isEqualTo(SourceSelection.of(Source.COINMARKETCAP));
		assertThat(query.panels()).isEqualTo(Set.of(PageQuery.Panel.BOLLINGER, PageQuery.Panel.RSI));
	}

	@Test
	void each_invalid_value_falls_back_to_its_default_and_is_named() {
		PageQueryCodec.Parsed parsed = parse("crypto", "BTC!", "history", "5", "horizon", "4.5", "source", "binance",
				"mode", "auto", "ma_short", "31", "momentum", "NaN", "panels", "rsi,adx");
		assertThat(parsed.query().withCrypto("x").withPanels(Set.of())).isEqualTo(PageQuery.DEFAULT.withCrypto("x"));
		assertThat(parsed.query().panels()).containsExactly(PageQuery.Panel.RSI);
		assertThat(parsed.rejected()).containsExactly("crypto", "history", "horizon", "source", "ma_short", "momentum",
				"mode", "panels");
	}

	@Test
	void ma_long_below_ma_short_is_rejected_and_raised_to_ma_short() {
		PageQueryCodec.Parsed parsed = parse("ma_short", "25", "ma_long", "21");
		assertThat(parsed.query().models().maLong()).isEqualTo(50);
		assertThat(parsed.rejected()).containsExactly("ma_long");
		assertThat(parse("ma_short", "30").query().models().maLong()).isEqualTo(50);
	}

	@Test
	void the_page_reads_the_analysis_parameters_exactly_as_the_api_does() {
		Map<String, List<String>> url = Map.of("history", List.of("48"), "horizon", List.of(" 12"), "source",
				List.of("CG"), "ma_short", List.of("+10"), "ma_long", List.of("30"), "momentum", List.of("7"));
		AnalysisParameters.Settings api = AnalysisParameters.of(url)
			.read(ParameterReader.strict(), ShippedSources.catalog());
		PageQuery page = PageQueryCodec.parse(url, ShippedSources.catalog()).query();
		assertThat(new AnalysisParameters.Settings(page.history(), page.horizon(), page.source(), page.models()))
			.isEqualTo(api);
		assertThat(api.request("bitcoin")).isEqualTo(page.request("bitcoin"));
		assertThat(page.models().maShort()).isEqualTo(10);
	}

}
