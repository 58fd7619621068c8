package io.cryptoviz.dashboard.predictions;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

import io.cryptoviz.ml.analysis.Outcome;
import io.cryptoviz.ml.analysis.Warning;
import io.cryptoviz.ml.backtest.DieboldMariano;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.consensus.SignalBacking;
import io.cryptoviz.ml.model.Model;

/**
 * Words ml-core's verdicts, reasons, signal backings and warnings, which it returns as
 * data, in the page's language (the pages pass their {@code getTranslation}) or in
 * English for the API, from the same translation files.
 */
public final class AnalysisWords {

	private static final String BUNDLE = "vaadin-i18n.translations";

	private final Translator translator;

	private final Locale locale;

	/**
	 * @param translator looks a key up and fills its placeholders, as a component's
	 * {@code getTranslation} does
	 * @param locale the language numbers are written in
	 */
	public AnalysisWords(Translator translator, Locale locale) {
		this.translator = translator;
		this.locale = locale;
	}

	/**
	 * @return English wording, for the API
	 */
	public static AnalysisWords english() {
		return of(Locale.ENGLISH);
	}

	/**
	 * @param locale a language the translation files hold
	 * @return wording straight from the translation files, as the pages get it
	 */
	public static AnalysisWords of(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new AnalysisWords((key, params) -> new MessageFormat(bundle.getString(key), locale).format(params),
				locale);
	}

	/**
	 * @param record a track record
	 * @return its verdict against naive with the p-value, or why there is none
	 */
	public String verdict(TrackRecord record) {
		DieboldMariano.Comparison comparison = record.comparison();
		if (record.origins() == 0) {
			return this.translator.translate("verdict.none");
		}
		return switch (record.verdict()) {
			case TOO_LITTLE_DATA -> this.translator.translate("verdict.TOO_LITTLE_DATA",
					String.valueOf(comparison.independentWindows()), String.valueOf(DieboldMariano.MIN_WINDOWS));
			default -> this.translator.translate("verdict." + record.verdict().name(), pValue(comparison.pValue()));
		};
	}

	/**
	 * @param why why a model or the consensus gave no forecast
	 * @return the reason in words
	 */
	public String reason(Outcome.Unavailable why) {
		return this.translator.translate("reason." + why.reason().name(), String.valueOf(why.needed()),
				String.valueOf(why.available()));
	}

	/**
	 * @param why why a signal is not actionable
	 * @return the reason in words, to follow "not actionable: "
	 */
	public String backing(SignalBacking.Reason why) {
		return this.translator.translate("backing." + why.name());
	}

	/**
	 * @param warning a caveat
	 * @return the caveat in words
	 */
	public String warning(Warning warning) {
		return switch (warning) {
			case Warning.SinglePoint single -> this.translator.translate("warning.single-point");
			case Warning.HorizonBelowHalfInterval(Duration horizon, Duration interval) ->
				this.translator.translate("warning.horizon-below-half-interval", duration(horizon), duration(interval));
			case Warning.Gaps gaps -> this.translator.translate("warning.gaps", duration(gaps.longest()),
					gaps.endingAt().toString(), duration(gaps.interval()));
			case Warning.ModelUnavailable(Model model, Outcome.Unavailable why) ->
				this.translator.translate("warning.model-unavailable", model(model), reason(why));
			case Warning.NoTrackRecord(int needed, int points) ->
				this.translator.translate("warning.no-track-record", String.valueOf(needed), String.valueOf(points));
			case Warning.FewWindows few -> (few.windows() < 1)
					? this.translator.translate("warning.fewer-origins-than-steps", String.valueOf(few.origins()),
							String.valueOf(few.steps()))
					: this.translator.translate("warning.few-windows", String.valueOf(few.windows()),
							String.valueOf(few.steps()));
			case Warning.NoSignal(Outcome.Unavailable why) ->
				this.translator.translate("warning.no-signal", reason(why));
		};
	}

	/**
	 * @param model a model
	 * @return its name in the page's language
	 */
	public String model(Model model) {
		return this.translator.translate("predictions.model." + model.name().toLowerCase(Locale.ROOT));
	}

	private String pValue(double p) {
		if (p < 0.001) {
			return "p < " + String.format(this.locale, "%.3f", 0.001);
		}
		return "p = " + String.format(this.locale, "%.3f", p);
	}

	private static String duration(Duration duration) {
		if (duration.toMinutes() < 60 || duration.toMinutesPart() != 0) {
			return duration.toMinutes() + " min";
		}
		return duration.toHours() + " h";
	}

	/** Looks a translation key up and fills its placeholders. */
	@FunctionalInterface
	public interface Translator {

		String translate(String key, Object... params);

	}

}
