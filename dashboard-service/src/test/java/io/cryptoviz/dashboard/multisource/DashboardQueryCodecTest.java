package io.cryptoviz.dashboard.multisource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.cryptoviz.dashboard.ManyCryptoIds;
import io.cryptoviz.dashboard.base.source.ShippedSources;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardQueryCodecTest {

	static DashboardQueryCodec.Parsed parse(Map<String, String> parameters) {
		return DashboardQueryCodec.parse(
				parameters.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
				ShippedSources.catalog());
	}

	@Test
	void no_parameters_is_the_default_view() {
		assertThat(parse(Map.of())).isEqualTo(new DashboardQueryCodec.Parsed(DashboardQuery.DEFAULT, List.of()));
		assertThat(DashboardQuery.DEFAULT.toParameters()).isEmpty();
	}

	@Test
	void every_value_round_trips() {
		DashboardQuery query = new DashboardQuery(List.of("solana", "bitcoin"), SourceSelection.of(Source.COINGECKO),
				Period.CUSTOM, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 5), DisplayMode.COMPARE);
		DashboardQueryCodec.Parsed parsed = DashboardQueryCodec.parse(query.toParameters(), ShippedSources.catalog());
		assertThat(parsed.query()).isEqualTo(query);
		assertThat(parsed.rejected()).isEmpty();
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "period, 2w", "mode, pie", "sources, kraken", "cryptos, BTC;DROP TABLE", "from, 2026-13-01" })
	void an_invalid_value_falls_back_and_is_named(String name, String value) {
		Map<String, String> parameters = name.equals("from")
				? Map.of("period", "custom", "from", value, "to", "2026-01-02") : Map.of(name, value);
		DashboardQueryCodec.Parsed parsed = parse(parameters);
		assertThat(parsed.rejected()).contains(name);
		assertThat(parsed.query().cryptos()).isEmpty();
	}

	@ParameterizedTest(name = "{0}..{1}")
	@CsvSource({ "2020-01-01, +999999999-12-31", "-999999999-01-01, 2020-01-01", "2008-12-31, 2020-01-01",
			"2020-01-01, 3000-01-01" })
	void a_date_out_of_range_is_ignored_with_a_notice(String from, String to) {
		DashboardQueryCodec.Parsed parsed = parse(Map.of("period", "custom", "from", from, "to", to));
		assertThat(parsed.query().period()).isEqualTo(Period.H24);
		assertThat(parsed.rejected()).contains("period").containsAnyOf("from", "to");
	}

	@Test
	void a_custom_range_at_the_limits_is_kept() {
		DashboardQueryCodec.Parsed parsed = parse(Map.of("period", "custom", "from", "2009-01-01", "to", "2999-12-31"));
		assertThat(parsed.query().period()).isEqualTo(Period.CUSTOM);
		assertThat(parsed.rejected()).isEmpty();
	}

	@Test
	void a_reversed_custom_range_falls_back_to_the_default_period() {
		DashboardQueryCodec.Parsed parsed = parse(Map.of("period", "custom", "from", "2026-02-01", "to", "2026-01-01"));
		assertThat(parsed.query().period()).isEqualTo(Period.H24);
		assertThat(parsed.rejected()).containsExactly("period");
	}

	@Test
	void too_many_cryptos_are_cut_to_the_limit_with_a_notice() {
		String ids = IntStream.range(0, 30).mapToObj(i -> "coin-" + i).collect(Collectors.joining(","));
		DashboardQueryCodec.Parsed parsed = parse(Map.of("cryptos", ids));
		assertThat(parsed.query().cryptos()).hasSize(DashboardQuery.MAX_CRYPTOS);
		assertThat(parsed.rejected()).containsExactly("cryptos");
	}

	@Test
	void a_link_naming_ten_thousand_cryptos_keeps_the_first_twenty_with_a_notice() {
		DashboardQueryCodec.Parsed parsed = parse(Map.of("cryptos", ManyCryptoIds.joined(10_000)));

		assertThat(parsed.query().cryptos()).containsExactlyElementsOf(ManyCryptoIds.ids(DashboardQuery.MAX_CRYPTOS));
		assertThat(parsed.rejected()).containsExactly("cryptos");
	}

	@Test
	void values_are_case_insensitive_and_trimmed() {
		DashboardQuery query = parse(Map.of("period", " 7D ", "mode", "Compare", "sources", "CoinMarketCap")).query();
		assertThat(query.period()).isEqualTo(Period.D7);
		assertThat(query.mode()).isEqualTo(DisplayMode.COMPARE);
		assertThat(query.sources()).isEqualTo(SourceSelection.of(Source.COINMARKETCAP));
	}

}
