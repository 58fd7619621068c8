package io.cryptoviz.dashboard.predictions.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.ml.model.ModelSettings;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link PageQuery} from URL parameters. Anything invalid falls back to its
 * default and is named in {@link Parsed#rejected()}, so the page says what it ignored
 * instead of failing.
 */
final class PageQueryCodec {

	static final String CRYPTO = "crypto";

	static final String HISTORY = "history";

	static final String HORIZON = "horizon";

	static final String SOURCE = "source";

	static final String MODE = "mode";

	static final String MA_SHORT = "ma_short";

	static final String MA_LONG = "ma_long";

	static final String MOMENTUM = "momentum";

	static final String PANELS = "panels";

	private PageQueryCodec() {
	}

	static Parsed parse(Map<String, List<String>> parameters, SourceCatalog catalog) {
		List<String> rejected = new ArrayList<>();
		PageQuery defaults = PageQuery.DEFAULT;
		String crypto = first(parameters, CRYPTO);
		if (crypto != null && !AnalysisRequest.ASSET_ID.matcher(crypto.strip()).matches()) {
			rejected.add(CRYPTO);
			crypto = null;
		}
		int history = whole(parameters, HISTORY, AnalysisRequest.HISTORY_MIN, AnalysisRequest.HISTORY_MAX,
				defaults.history(), rejected);
		int horizon = whole(parameters, HORIZON, AnalysisRequest.HORIZON_MIN, AnalysisRequest.HORIZON_MAX,
				defaults.horizon(), rejected);
		SourceSelection source = defaults.source();
		String sourceValue = first(parameters, SOURCE);
		if (sourceValue != null) {
			source = catalog.parse(sourceValue).orElse(defaults.source());
			if (catalog.parse(sourceValue).isEmpty()) {
				rejected.add(SOURCE);
			}
		}
		ModelSettings models = defaults.models();
		int maShort = whole(parameters, MA_SHORT, ModelSettings.MA_SHORT_MIN, ModelSettings.MA_SHORT_MAX,
				models.maShort(), rejected);
		int maLong = whole(parameters, MA_LONG, Math.max(ModelSettings.MA_LONG_MIN, maShort), ModelSettings.MA_LONG_MAX,
				Math.max(models.maLong(), maShort), rejected);
		int momentum = whole(parameters, MOMENTUM, ModelSettings.MOMENTUM_PERIOD_MIN, ModelSettings.MOMENTUM_PERIOD_MAX,
				models.momentumPeriod(), rejected);
		PageQuery.Mode mode = defaults.mode();
		String modeValue = first(parameters, MODE);
		if (modeValue != null) {
			mode = PageQuery.Mode.fromParam(modeValue).orElse(defaults.mode());
			if (PageQuery.Mode.fromParam(modeValue).isEmpty()) {
				rejected.add(MODE);
			}
		}
		Set<PageQuery.Panel> panels = panels(first(parameters, PANELS), rejected);
		ModelSettings chosen = new ModelSettings(maShort, maLong, momentum, models.momentumSmoothing());
		return new Parsed(
				new PageQuery((crypto == null) ? null : crypto.strip(), history, horizon, source, chosen, mode, panels),
				List.copyOf(rejected));
	}

	private static Set<PageQuery.Panel> panels(@Nullable String value, List<String> rejected) {
		Set<PageQuery.Panel> panels = EnumSet.noneOf(PageQuery.Panel.class);
		if (value == null || value.isBlank()) {
			return panels;
		}
		for (String name : value.split(",")) {
			PageQuery.Panel.fromParam(name).ifPresentOrElse(panels::add, () -> {
				if (!rejected.contains(PANELS)) {
					rejected.add(PANELS);
				}
			});
		}
		return panels;
	}

	private static int whole(Map<String, List<String>> parameters, String name, int min, int max, int fallback,
			List<String> rejected) {
		String value = first(parameters, name);
		if (value == null) {
			return fallback;
		}
		String text = value.strip();
		if (text.matches("[+-]?\\d{1,9}")) {
			int parsed = Integer.parseInt(text);
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		rejected.add(name);
		return fallback;
	}

	private static @Nullable String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.getFirst();
	}

	/**
	 * @param query the query to show
	 * @param rejected names of parameters that were invalid and replaced by defaults
	 */
	record Parsed(PageQuery query, List<String> rejected) {

		String rejectedList() {
			return String.join(", ", this.rejected);
		}

	}

}
