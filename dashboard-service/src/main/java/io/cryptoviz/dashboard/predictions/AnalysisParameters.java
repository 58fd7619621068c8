package io.cryptoviz.dashboard.predictions;

import java.util.List;
import java.util.Map;

import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.dashboard.base.parameter.ParameterReader;
import io.cryptoviz.dashboard.base.parameter.WholeNumber;
import io.cryptoviz.ml.model.ModelSettings;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The parameters of one analysis as they arrive, text as sent: bound by Spring MVC from
 * the API's query string, built from a batch body, and read from the predictions page's
 * URL. Their names and ranges are stated once, below; {@link #read} checks them under the
 * caller's policy, so the API and the page accept exactly the same values.
 *
 * @param horizon hours ahead
 * @param history hours of history the models see
 * @param source which sources to read
 * @param maShort MA short window
 * @param maLong MA long window, never below MA short
 * @param momentum momentum period
 */
public record AnalysisParameters(
		@Parameter(description = "hours ahead, " + AnalysisRequest.HORIZON_MIN + " to " + AnalysisRequest.HORIZON_MAX
				+ " (default " + AnalysisRequest.HORIZON_DEFAULT + ")") @Nullable String horizon,
		@Parameter(description = "hours of history the models see, " + AnalysisRequest.HISTORY_MIN + " to "
				+ AnalysisRequest.HISTORY_MAX + " (default " + AnalysisRequest.HISTORY_DEFAULT
				+ ")") @Nullable String history,
		@Parameter(description = SourceSelection.DOCUMENTED + " (default all)") @Nullable String source,
		@Parameter(name = MA_SHORT,
				description = "MA short window, " + ModelSettings.MA_SHORT_MIN + " to " + ModelSettings.MA_SHORT_MAX
						+ " (default 20)") @BindParam(MA_SHORT) @Nullable String maShort,
		@Parameter(name = MA_LONG,
				description = "MA long window, " + ModelSettings.MA_LONG_MIN + " to " + ModelSettings.MA_LONG_MAX
						+ ", not below ma_short (default 50)") @BindParam(MA_LONG) @Nullable String maLong,
		@Parameter(description = "momentum period, " + ModelSettings.MOMENTUM_PERIOD_MIN + " to "
				+ ModelSettings.MOMENTUM_PERIOD_MAX + " (default 14)") @Nullable String momentum) {

	public static final String HORIZON = "horizon";

	public static final String HISTORY = "history";

	public static final String SOURCE = "source";

	public static final String MA_SHORT = "ma_short";

	public static final String MA_LONG = "ma_long";

	public static final String MOMENTUM = "momentum";

	public static final WholeNumber HORIZON_HOURS = new WholeNumber(HORIZON, AnalysisRequest.HORIZON_MIN,
			AnalysisRequest.HORIZON_MAX, " hours");

	public static final WholeNumber HISTORY_HOURS = new WholeNumber(HISTORY, AnalysisRequest.HISTORY_MIN,
			AnalysisRequest.HISTORY_MAX, " hours");

	public static final WholeNumber MA_SHORT_POINTS = new WholeNumber(MA_SHORT, ModelSettings.MA_SHORT_MIN,
			ModelSettings.MA_SHORT_MAX, " points");

	/** Its minimum rises to MA short: {@code MA_LONG_POINTS.atLeast(maShort)}. */
	public static final WholeNumber MA_LONG_POINTS = new WholeNumber(MA_LONG, ModelSettings.MA_LONG_MIN,
			ModelSettings.MA_LONG_MAX, " points (never below ma_short)");

	public static final WholeNumber MOMENTUM_POINTS = new WholeNumber(MOMENTUM, ModelSettings.MOMENTUM_PERIOD_MIN,
			ModelSettings.MOMENTUM_PERIOD_MAX, " points");

	/** No parameters: every value takes its default. */
	public static final AnalysisParameters NONE = new AnalysisParameters(null, null, null, null, null, null);

	/**
	 * @param parameters a URL's query parameters
	 * @return their analysis parameters, first value of each
	 */
	public static AnalysisParameters of(Map<String, List<String>> parameters) {
		return new AnalysisParameters(ParameterReader.first(parameters, HORIZON),
				ParameterReader.first(parameters, HISTORY), ParameterReader.first(parameters, SOURCE),
				ParameterReader.first(parameters, MA_SHORT), ParameterReader.first(parameters, MA_LONG),
				ParameterReader.first(parameters, MOMENTUM));
	}

	/**
	 * Checks every value, in the order history, horizon, source, ma_short, ma_long,
	 * momentum.
	 * @param reader strict or lenient
	 * @param sources the sources a value may name
	 * @return the values, defaults where absent (or, leniently, bad)
	 */
	public Settings read(ParameterReader reader, SourceCatalog sources) {
		Settings defaults = Settings.DEFAULT;
		int historyHours = reader.whole(HISTORY_HOURS, this.history, defaults.historyHours());
		int horizonHours = reader.whole(HORIZON_HOURS, this.horizon, defaults.horizonHours());
		SourceSelection filter = source(reader, this.source, defaults.source(), sources);
		ModelSettings models = defaults.models();
		int shortWindow = reader.whole(MA_SHORT_POINTS, this.maShort, models.maShort());
		int longWindow = reader.whole(MA_LONG_POINTS.atLeast(shortWindow), this.maLong,
				Math.max(models.maLong(), shortWindow));
		int period = reader.whole(MOMENTUM_POINTS, this.momentum, models.momentumPeriod());
		return new Settings(historyHours, horizonHours, filter,
				new ModelSettings(shortWindow, longWindow, period, models.momentumSmoothing()));
	}

	// The one place a source parameter of an analysis is parsed.
	private static SourceSelection source(ParameterReader reader, @Nullable String value, SourceSelection fallback,
			SourceCatalog sources) {
		return reader.choice(SOURCE, value, sources::parse, "one of " + sources.allowed(), fallback);
	}

	/**
	 * Checked analysis parameters, for any asset.
	 *
	 * @param historyHours the window the models see
	 * @param horizonHours how far ahead
	 * @param source which sources to read
	 * @param models MA windows and momentum period
	 */
	public record Settings(int historyHours, int horizonHours, SourceSelection source, ModelSettings models) {

		/**
		 * What a request without parameters gets: 24 h history, 4 h ahead, all sources.
		 */
		public static final Settings DEFAULT = new Settings(AnalysisRequest.HISTORY_DEFAULT,
				AnalysisRequest.HORIZON_DEFAULT, SourceSelection.ALL, AnalysisRequest.DEFAULT_MODELS);

		/**
		 * @param assetId CoinGecko id
		 * @return the analysis of that asset with these settings
		 */
		public AnalysisRequest request(String assetId) {
			return new AnalysisRequest(assetId, this.historyHours, this.horizonHours, this.source, this.models);
		}

	}

}
