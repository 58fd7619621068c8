package io.cryptoviz.dashboard.predictions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.cryptoviz.dashboard.base.source.ShippedSources;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.model.Source;
import io.cryptoviz.dashboard.base.parameter.InvalidParameterException;
import io.cryptoviz.dashboard.base.parameter.ParameterReader;
import io.cryptoviz.ml.model.ModelSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnalysisParametersTest {

	static final List<String> NAMES = List.of(AnalysisParameters.HORIZON, AnalysisParameters.HISTORY,
			AnalysisParameters.SOURCE, AnalysisParameters.MA_SHORT, AnalysisParameters.MA_LONG,
			AnalysisParameters.MOMENTUM);

	static AnalysisParameters one(String name, String value) {
		return AnalysisParameters.of(Map.of(name, List.of(value)));
	}

	static Optional<AnalysisParameters.Settings> strict(AnalysisParameters parameters) {
		try {
			return Optional.of(parameters.read(ParameterReader.strict(), ShippedSources.catalog()));
		}
		catch (InvalidParameterException ex) {
			return Optional.empty();
		}
	}

	@Test
	void no_parameters_are_the_defaults() {
		AnalysisParameters.Settings settings = AnalysisParameters.NONE.read(ParameterReader.strict(),
				ShippedSources.catalog());
		assertThat(settings).isEqualTo(AnalysisParameters.Settings.DEFAULT);
		assertThat(settings.request("bitcoin")).isEqualTo(AnalysisRequest.defaults("bitcoin"));
	}

	@Test
	void the_api_and_the_page_accept_exactly_the_same_values_and_read_them_alike() {
		List<String> values = new ArrayList<>(MalformedInputs.BAD);
		values.addAll(MalformedInputs.GOOD);
		values.addAll(List.of("10", "12", "31", "101", "cmc", "ALL"));
		List<String> disagreements = new ArrayList<>();
		for (String name : NAMES) {
			for (String value : values) {
				AnalysisParameters parameters = one(name, value);
				ParameterReader lenient = ParameterReader.lenient();
				AnalysisParameters.Settings page = parameters.read(lenient, ShippedSources.catalog());
				Optional<AnalysisParameters.Settings> api = strict(parameters);
				boolean agree = api.isPresent() ? lenient.rejected().isEmpty() && api.get().equals(page)
						: lenient.rejected().equals(List.of(name)) && page.equals(AnalysisParameters.Settings.DEFAULT);
				if (!agree) {
					disagreements.add(name + "=" + value);
				}
			}
		}
		assertThat(disagreements).isEmpty();
	}

	@Test
	void every_range_is_enforced_at_both_ends() {
		record Case(String name, int min, int max, Function<AnalysisParameters.Settings, Integer> value) {
		}
		List<Case> cases = List.of(
				new Case(AnalysisParameters.HISTORY, AnalysisRequest.HISTORY_MIN, AnalysisRequest.HISTORY_MAX,
						AnalysisParameters.Settings::historyHours),
				new Case(AnalysisParameters.HORIZON, AnalysisRequest.HORIZON_MIN, AnalysisRequest.HORIZON_MAX,
						AnalysisParameters.Settings::horizonHours),
				new Case(AnalysisParameters.MA_SHORT, ModelSettings.MA_SHORT_MIN, ModelSettings.MA_SHORT_MAX,
						s -> s.models().maShort()),
				new Case(AnalysisParameters.MA_LONG, ModelSettings.MA_LONG_MIN, ModelSettings.MA_LONG_MAX,
						s -> s.models().maLong()),
				new Case(AnalysisParameters.MOMENTUM, ModelSettings.MOMENTUM_PERIOD_MIN,
						ModelSettings.MOMENTUM_PERIOD_MAX, s -> s.models().momentumPeriod()));
		for (Case c : cases) {
			assertThat(strict(one(c.name(), Integer.toString(c.min()))).map(c.value())).as(c.name()).hasValue(c.min());
			assertThat(strict(one(c.name(), Integer.toString(c.max()))).map(c.value())).as(c.name()).hasValue(c.max());
			assertThat(strict(one(c.name(), Integer.toString(c.min() - 1)))).as(c.name()).isEmpty();
			assertThat(strict(one(c.name(), Integer.toString(c.max() + 1)))).as(c.name()).isEmpty();
		}
	}

	@Test
	void ma_long_may_not_go_below_ma_short_and_follows_it_by_default() {
		AnalysisParameters below = new AnalysisParameters(null, null, null, "25", "21", null);
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> below.read(ParameterReader.strict(), ShippedSources.catalog()))
			.withMessage("ma_long must be a whole number from 25 to 100 points (never below ma_short), was '21'");
		AnalysisParameters shortOnly = new AnalysisParameters(null, null, null, "30", null, null);
		assertThat(shortOnly.read(ParameterReader.strict(), ShippedSources.catalog()).models().maLong()).isEqualTo(50);
	}

	@Test
	void the_source_takes_its_names_and_short_forms() {
		assertThat(strict(one(AnalysisParameters.SOURCE, "cg")).map(AnalysisParameters.Settings::source))
			.hasValue(SourceSelection.of(Source.COINGECKO));
		assertThat(strict(one(AnalysisParameters.SOURCE, " CoinMarketCap ")).map(AnalysisParameters.Settings::source))
			.hasValue(SourceSelection.of(Source.COINMARKETCAP));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> one(AnalysisParameters.SOURCE, "binance").read(ParameterReader.strict(),
					ShippedSources.catalog()))
			.withMessage(
					"source must be one of all, coingecko (or cg), coinmarketcap (or cmc), coinpaprika (or cp), was 'binance'");
	}

}
