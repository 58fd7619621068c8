package io.cryptoviz.dashboard.predictions.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.ml.model.ModelSettings;
import org.jspecify.annotations.Nullable;

/**
 * Everything the page shows, as it travels in the URL.
 *
 * @param crypto CoinGecko id, or null for the largest tracked asset
 * @param history hours of history
 * @param horizon hours ahead
 * @param source sources to read
 * @param models MA windows and momentum period
 * @param mode manual or continuous
 * @param panels extra indicator panels shown under the chart
 */
record PageQuery(@Nullable String crypto, int history, int horizon, SourceSelection source, ModelSettings models,
		Mode mode, Set<Panel> panels) {

	static final PageQuery DEFAULT = new PageQuery(null, AnalysisParameters.Settings.DEFAULT.historyHours(),
			AnalysisParameters.Settings.DEFAULT.horizonHours(), AnalysisParameters.Settings.DEFAULT.source(),
			AnalysisParameters.Settings.DEFAULT.models(), Mode.CONTINUOUS, Set.of());

	PageQuery {
		panels = panels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(panels));
	}

	/**
	 * @param assetId the crypto to analyse
	 * @return the analysis this query asks for
	 */
	AnalysisRequest request(String assetId) {
		return new AnalysisRequest(assetId, this.history, this.horizon, this.source, this.models);
	}

	PageQuery withCrypto(String id) {
		return new PageQuery(id, this.history, this.horizon, this.source, this.models, this.mode, this.panels);
	}

	PageQuery withSettings(int history, int horizon, SourceSelection source, ModelSettings models) {
		return new PageQuery(this.crypto, history, horizon, source, models, this.mode, this.panels);
	}

	PageQuery withMode(Mode mode) {
		return new PageQuery(this.crypto, this.history, this.horizon, this.source, this.models, mode, this.panels);
	}

	PageQuery withPanels(Set<Panel> panels) {
		return new PageQuery(this.crypto, this.history, this.horizon, this.source, this.models, this.mode, panels);
	}

	/**
	 * @return the URL parameters, in a stable order
	 */
	Map<String, List<String>> toParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (this.crypto != null) {
			parameters.put(PageQueryCodec.CRYPTO, List.of(this.crypto));
		}
		parameters.put(AnalysisParameters.HISTORY, List.of(Integer.toString(this.history)));
		parameters.put(AnalysisParameters.HORIZON, List.of(Integer.toString(this.horizon)));
		parameters.put(AnalysisParameters.SOURCE, List.of(this.source.param()));
		parameters.put(PageQueryCodec.MODE, List.of(this.mode.param()));
		parameters.put(AnalysisParameters.MA_SHORT, List.of(Integer.toString(this.models.maShort())));
		parameters.put(AnalysisParameters.MA_LONG, List.of(Integer.toString(this.models.maLong())));
		parameters.put(AnalysisParameters.MOMENTUM, List.of(Integer.toString(this.models.momentumPeriod())));
		if (!this.panels.isEmpty()) {
			parameters.put(PageQueryCodec.PANELS,
					List.of(EnumSet.copyOf(this.panels).stream().map(Panel::param).collect(Collectors.joining(","))));
		}
		return parameters;
	}

	/** Manual runs on the Analyze button; continuous on every change and on new data. */
	enum Mode {

		MANUAL, CONTINUOUS;

		String param() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Mode> fromParam(String value) {
			for (Mode mode : values()) {
				if (mode.param().equalsIgnoreCase(value.strip())) {
					return Optional.of(mode);
				}
			}
			return Optional.empty();
		}

	}

	/** Indicator panels under the price chart. */
	enum Panel {

		RSI, MACD, BOLLINGER;

		String param() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Panel> fromParam(String value) {
			for (Panel panel : values()) {
				if (panel.param().equalsIgnoreCase(value.strip())) {
					return Optional.of(panel);
				}
			}
			return Optional.empty();
		}

	}

}
