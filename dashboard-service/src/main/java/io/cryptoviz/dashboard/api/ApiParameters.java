package io.cryptoviz.dashboard.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.cryptoviz.dashboard.base.parameter.InvalidParameterException;
import io.cryptoviz.dashboard.base.parameter.ParameterReader;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.predictions.PredictionService;
import io.cryptoviz.ml.model.Model;
import org.jspecify.annotations.Nullable;

/**
 * What only the API reads: the asset in the path, the batch's asset list and the models
 * to list. The analysis parameters are {@link AnalysisParameters}, read strictly, so a
 * wrong type, a fraction, NaN or a value out of range all become the same 400 naming the
 * parameter and its range, never a conversion error deep inside the framework.
 */
final class ApiParameters {

	static final String MODELS = "models";

	static final String ASSET = "asset";

	static final String ASSETS = "assets";

	static final String MODEL_NAMES = "a comma-separated list of ma_short, ma_long, trend, momentum, naive";

	/** The documented form of {@link #MODELS} (the API also takes upper case and '-'). */
	static final String MODELS_PATTERN = "^(ma_short|ma_long|trend|momentum|naive)"
			+ "(,(ma_short|ma_long|trend|momentum|naive))*$";

	private ApiParameters() {
	}

	/**
	 * @param asset the path's asset id
	 * @param parameters the analysis parameters as sent
	 * @param sources the sources a source value may name
	 * @return the checked request
	 * @throws InvalidParameterException naming the first bad value
	 */
	static AnalysisRequest request(String asset, AnalysisParameters parameters, SourceCatalog sources) {
		ParameterReader strict = ParameterReader.strict();
		String id = assetId(strict, ASSET, asset);
		return parameters.read(strict, sources).request(id);
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
		if (chosen.isEmpty()) {
			// "models=," names no model; listing none would answer a question nobody
			// asked.
			throw new InvalidParameterException(MODELS, MODEL_NAMES, models);
		}
		return chosen;
	}

	static List<String> assetIds(@Nullable List<@Nullable String> assets) {
		String allowed = "a list of 1 to " + PredictionService.BATCH_MAX + " CoinGecko ids";
		if (assets == null || assets.isEmpty() || assets.size() > PredictionService.BATCH_MAX) {
			throw new InvalidParameterException(ASSETS, allowed, (assets == null) ? null : assets.size() + " entries");
		}
		ParameterReader strict = ParameterReader.strict();
		List<String> ids = new ArrayList<>();
		for (String asset : assets) {
			String id = assetId(strict, ASSETS, asset);
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static String assetId(ParameterReader strict, String name, @Nullable String value) {
		String id = strict.assetId(name, value);
		if (id == null) {
			throw new IllegalStateException("a strict reader returns an id or throws");
		}
		return id;
	}

	private static Optional<Model> model(String name) {
		return Arrays.stream(Model.values())
			.filter(model -> model.name().toLowerCase(Locale.ROOT).equals(name))
			.findFirst();
	}

}
