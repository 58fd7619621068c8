package io.cryptoviz.dashboard.predictions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cryptoviz.ml.analysis.Outcome;
import io.cryptoviz.ml.analysis.Warning;
import io.cryptoviz.ml.backtest.DieboldMariano;
import io.cryptoviz.ml.backtest.IntervalRecord;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.backtest.Verdict;
import io.cryptoviz.ml.consensus.SignalBacking;
import io.cryptoviz.ml.model.Model;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisWordsTest {

	private static final Outcome.Unavailable TOO_SHORT = new Outcome.Unavailable(
			Outcome.Unavailable.Reason.INSUFFICIENT_DATA, 50, 30);

	private final AnalysisWords english = AnalysisWords.english();

	private final AnalysisWords french = AnalysisWords.of(Locale.FRENCH);

	@Test
	void verdicts_carry_their_p_value_in_the_pages_number_format() {
		TrackRecord worse = record(Verdict.WORSE_THAN_NAIVE, 0.0312);

		assertThat(this.english.verdict(worse)).isEqualTo("worse than price-stays-the-same (p = 0.031)");
		assertThat(this.french.verdict(worse)).isEqualTo("moins bien que « le prix ne bouge pas » (p = 0,031)");
		assertThat(this.english.verdict(record(Verdict.BEATS_NAIVE, 1e-9)))
			.isEqualTo("beats price-stays-the-same (p < 0.001)");
	}

	@Test
	void too_little_data_says_how_many_windows_there_are_and_are_needed() {
		TrackRecord few = new TrackRecord(30, 1, 1, 1, 1, 50, 10, 50,
				new DieboldMariano.Comparison(Verdict.TOO_LITTLE_DATA, Double.NaN, Double.NaN, 30, 2), none(0.8),
				none(0.95));

		assertThat(this.english.verdict(few))
			.isEqualTo("too little data to test against price-stays-the-same: 2 independent windows, needs 10");
		assertThat(this.english.verdict(TrackRecord.none())).isEqualTo("no track record yet");
	}

	@Test
	void every_reason_a_signal_is_not_actionable_has_its_own_words_in_both_languages() {
		for (SignalBacking.Reason reason : SignalBacking.Reason.values()) {
			assertThat(this.english.backing(reason)).as("%s", reason).isNotBlank();
			assertThat(this.french.backing(reason)).as("%s", reason).isNotEqualTo(this.english.backing(reason));
		}
		assertThat(this.english.backing(SignalBacking.Reason.NO_BETTER_THAN_NAIVE))
			.isEqualTo("the consensus does no better than price-stays-the-same");
		assertThat(this.french.backing(SignalBacking.Reason.NO_BETTER_THAN_NAIVE))
			.isEqualTo("le consensus ne fait pas mieux que « le prix ne bouge pas »");
	}

	@Test
	void warnings_read_as_they_did_when_ml_core_wrote_them() {
		assertThat(this.english.warning(new Warning.ModelUnavailable(Model.MA_LONG, TOO_SHORT)))
			.isEqualTo("MA long: insufficient data: needs 50 points, has 30");
		assertThat(this.english
			.warning(new Warning.Gaps(Duration.ofMinutes(50), Instant.ofEpochMilli(3_600_000), Duration.ofMinutes(5))))
			.isEqualTo("the history has gaps: the longest is 50 min, ending at 1970-01-01T01:00:00Z "
					+ "(sampling interval 5 min)");
		assertThat(this.english.warning(new Warning.FewWindows(18, 12)))
			.isEqualTo("the track records rest on about 1 independent 12-step windows; treat them as rough");
	}

	@Test
	void fewer_origins_than_steps_is_not_about_0_windows() {
		assertThat(this.english.warning(new Warning.FewWindows(5, 12))).isEqualTo(
				"the track records rest on 5 origins, fewer than the 12 steps of the horizon, so not one independent "
						+ "window; treat them as rough");
	}

	@Test
	void every_verdict_reason_and_warning_has_french_words_of_its_own() {
		List<String> english = new ArrayList<>();
		List<String> french = new ArrayList<>();
		for (Verdict verdict : Verdict.values()) {
			english.add(this.english.verdict(record(verdict, 0.2)));
			french.add(this.french.verdict(record(verdict, 0.2)));
		}
		for (Outcome.Unavailable.Reason reason : Outcome.Unavailable.Reason.values()) {
			english.add(this.english.reason(new Outcome.Unavailable(reason, 1, 2)));
			french.add(this.french.reason(new Outcome.Unavailable(reason, 1, 2)));
		}
		for (Warning warning : everyWarning()) {
			english.add(this.english.warning(warning));
			french.add(this.french.warning(warning));
		}
		for (int i = 0; i < english.size(); i++) {
			assertThat(french.get(i)).as("French for: %s", english.get(i)).isNotEqualTo(english.get(i)).isNotBlank();
		}
	}

	private static List<Warning> everyWarning() {
		return List.of(new Warning.SinglePoint(),
				new Warning.HorizonBelowHalfInterval(Duration.ofMinutes(1), Duration.ofMinutes(5)),
				new Warning.Gaps(Duration.ofHours(2), Instant.EPOCH, Duration.ofMinutes(5)),
				new Warning.ModelUnavailable(Model.TREND, TOO_SHORT), new Warning.NoTrackRecord(60, 10),
				new Warning.FewWindows(30, 12), new Warning.FewWindows(3, 12),
				new Warning.NoSignal(new Outcome.Unavailable(Outcome.Unavailable.Reason.NO_MODEL_HAS_DATA, 0, 0)));
	}

	private static TrackRecord record(Verdict verdict, double p) {
		return new TrackRecord(500, 1, 1, 1, 1, 50, 400, 50, new DieboldMariano.Comparison(verdict, 1.5, p, 500, 41),
				none(0.8), none(0.95));
	}

	private static IntervalRecord none(double level) {
		return new IntervalRecord(level, 0, 20, Double.NaN, Double.NaN, Double.NaN, 0);
	}

}
