package io.cryptoviz.dashboard.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.predictions.PredictionService;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.model.ModelSettings;
import org.jspecify.annotations.Nullable;

/**
 * Turns raw query parameters and body fields into a validated {@link AnalysisRequest}.
 * Every value arrives as text and is parsed here, so a wrong type, a fraction, NaN or a
 * value out of range all become the same 400 naming the parameter and its range, never a
 * conversion error deep inside the framework.
 */
final class ApiParameters {

	static final String HORIZON = "horizon";

	static final String HISTORY = "history";

	static final String SOURCE = "source";

	static final String MODELS = "models";

	static final String MA_SHORT = "ma_short";

	static final String MA_LONG = "ma_long";

	static final String MOMENTUM = "momentum";

	static final String ASSET = "asset";

	static final String ASSETS = "assets";

	static final String MODEL_NAMES = "a comma-separated list of ma_short, ma_long, trend, momentum, naive";

	private ApiParameters() {
	}

	static AnalysisRequest request(SourceCatalog sources, String asset, @Nullable String horizon,
			@Nullable String history, @Nullable String source, @Nullable String maShort, @Nullable String maLong,
			@Nullable String momentum) {
		String id = assetId(ASSET, asset);
		int horizonHours = whole(HORIZON, horizon, AnalysisRequest.HORIZON_MIN, AnalysisRequest.HORIZON_MAX,
				AnalysisRequest.HORIZON_DEFAULT, " hours");
		int historyHours = whole(HISTORY, history, AnalysisRequest.HISTORY_MIN, AnalysisRequest.HISTORY_MAX,
				AnalysisRequest.HISTORY_DEFAULT, " hours");
		SourceSelection filter = SourceSelection.ALL;
		if (source != null) {
			filter = sources.parse(source)
				.orElseThrow(() -> new InvalidParameterException(SOURCE, "one of " + sources.allowed(), source));
		}
		ModelSettings defaults = AnalysisRequest.DEFAULT_MODELS;
		int shortWindow = whole(MA_SHORT, maShort, ModelSettings.MA_SHORT_MIN, ModelSettings.MA_SHORT_MAX,
				defaults.maShort(), " points");
		int longWindow = whole(MA_LONG, maLong, Math.max(ModelSettings.MA_LONG_MIN, shortWindow),
				ModelSettings.MA_LONG_MAX, Math.max(defaults.maLong(), shortWindow), " points (never below ma_short)");
		int period = whole(MOMENTUM, momentum, ModelSettings.MOMENTUM_PERIOD_MIN, ModelSettings.MOMENTUM_PERIOD_MAX,
				defaults.momentumPeriod(), " points");
		return new AnalysisRequest(id, historyHours, horizonHours, filter,
				new ModelSettings(shortWindow, longWindow, period, defaults.momentumSmoothing()));
	}

	/**
	 * @param models comma-separated model names, or null for all
	 * @return the models to list
	 */
	static Set<Model> models(@Nullable String models) {
		if (models == null || models.isBlank()) {
			return EnumSet.allOf(Model.class);
		}
		Set<Model> chosen = EnumSet.noneOf(Model.class);
		for (String name : models.split(",")) {
			chosen.add(model(name.strip().toLowerCase(Locale.ROOT).replace('-', '_'))
				.orElseThrow(() -> new InvalidParameterException(MODELS, MODEL_NAMES, models)));
		}
		return chosen;
	}

	static List<String> assetIds(@Nullable List<@Nullable String> assets) {
		String allowed = "a list of 1 to " + PredictionService.BATCH_MAX + " CoinGecko ids";
		if (assets == null || assets.isEmpty() || assets.size() > PredictionService.BATCH_MAX) {
			throw new InvalidParameterException(ASSETS, allowed, (assets == null) ? null : assets.size() + " entries");
		}
		List<String> ids = new ArrayList<>();
		for (String asset : assets) {
			String id = assetId(ASSETS, asset);
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	static String assetId(String parameter, @Nullable String value) {
		String id = (value == null) ? "" : value.strip();
		if (!AnalysisRequest.ASSET_ID.matcher(id).matches()) {
			throw new InvalidParameterException(parameter,
					"a CoinGecko id: lower-case letters, digits, '.', '_' or '-', at most 100 characters", value);
		}
		return id;
	}

	private static java.util.Optional<Model> model(String name) {
		return java.util.Arrays.stream(Model.values())
			.filter(model -> model.name().toLowerCase(Locale.ROOT).equals(name))
			.findFirst();
	}

	private static int whole(String name, @Nullable String value, int min, int max, int fallback, String unit) {
		if (value == null) {
			return fallback;
		}
		String allowed = "a whole number from " + min + " to " + max + unit;
		String text = value.strip();
		if (!text.matches("[+-]?\\d{1,9}")) {
			throw new InvalidParameterException(name, allowed, value);
		}
		int parsed = Integer.parseInt(text);
		if (parsed < min || parsed > max) {
			throw new InvalidParameterException(name, allowed, value);
		}
		return parsed;
	}

}
