package io.cryptoviz.dashboard.predictions.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cryptoviz.dashboard.base.parameter.ParameterReader;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link PageQuery} from URL parameters: the analysis parameters exactly as the
 * API reads them ({@link AnalysisParameters}), plus the page's own crypto, mode and
 * panels. Anything invalid falls back to its default and is named in
 * {@link Parsed#rejected()}, so the page says what it ignored instead of failing.
 */
final class PageQueryCodec {

	static final String CRYPTO = "crypto";

	static final String MODE = "mode";

	static final String PANELS = "panels";

	private PageQueryCodec() {
	}

	static Parsed parse(Map<String, List<String>> parameters, SourceCatalog sources) {
		ParameterReader lenient = ParameterReader.lenient();
		PageQuery defaults = PageQuery.DEFAULT;
		String crypto = lenient.assetId(CRYPTO, ParameterReader.first(parameters, CRYPTO));
		AnalysisParameters.Settings settings = AnalysisParameters.of(parameters).read(lenient, sources);
		PageQuery.Mode mode = lenient.choice(MODE, ParameterReader.first(parameters, MODE), PageQuery.Mode::fromParam,
				"manual or continuous", defaults.mode());
		Set<PageQuery.Panel> panels = panels(ParameterReader.first(parameters, PANELS), lenient);
		return new Parsed(new PageQuery(crypto, settings.historyHours(), settings.horizonHours(), settings.source(),
				settings.models(), mode, panels), lenient.rejected());
	}

	private static Set<PageQuery.Panel> panels(@Nullable String value, ParameterReader reader) {
		Set<PageQuery.Panel> panels = EnumSet.noneOf(PageQuery.Panel.class);
		if (value == null || value.isBlank()) {
			return panels;
		}
		for (String name : value.split(",")) {
			PageQuery.Panel.fromParam(name)
				.ifPresentOrElse(panels::add, () -> reader.reject(PANELS, "rsi, macd or bollinger", value));
		}
		return panels;
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
