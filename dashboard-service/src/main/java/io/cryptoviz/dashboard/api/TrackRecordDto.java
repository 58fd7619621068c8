package io.cryptoviz.dashboard.api;

import io.cryptoviz.dashboard.predictions.AnalysisWords;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.backtest.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * How a model's past forecasts fared (rolling origin over the backtest lookback). Null
 * where ml-core has no value (no origins, or no moves to score direction on).
 *
 * @param origins forecasts scored
 * @param relativeMae MAE divided by the naive forecast's MAE: below 1 means smaller
 * errors than "price stays the same" on these origins, which alone says nothing of chance
 * @param beatsNaive whether the verdict is BEATS_NAIVE
 * @param mae mean absolute error in USD
 * @param mape mean absolute percentage error
 * @param naiveMae the naive forecast's MAE on the same origins
 * @param directionalAccuracyPercent share of correct up/down calls
 * @param directionalOrigins origins where both forecast and price moved
 * @param upMovePercent share of up moves: what always saying "up" would score
 * @param verdict BEATS_NAIVE, NO_DIFFERENCE, WORSE_THAN_NAIVE or TOO_LITTLE_DATA: a
 * Diebold-Mariano test against naive at the 5 % level
 * @param verdictText the verdict in words, with its p-value
 * @param pValue the test's two-sided p-value
 * @param independentWindows origins divided by the horizon's steps
 * @param coverage80 share of past origins whose price fell inside the 80 % interval built
 * from the errors known there (walk-forward), as a fraction
 * @param coverage95 the same for the 95 % interval
 */
record TrackRecordDto(int origins, @Nullable Double relativeMae, boolean beatsNaive, @Nullable Double mae,
		@Nullable Double mape, @Nullable Double naiveMae, @Nullable Double directionalAccuracyPercent,
		int directionalOrigins, @Nullable Double upMovePercent, Verdict verdict, String verdictText,
		@Nullable Double pValue, int independentWindows, @Nullable Double coverage80, @Nullable Double coverage95) {

	static TrackRecordDto of(TrackRecord record) {
		return new TrackRecordDto(record.origins(), Numbers.finite(record.relativeMae()), record.beatsNaive(),
				Numbers.finite(record.mae()), Numbers.finite(record.mape()), Numbers.finite(record.naiveMae()),
				Numbers.finite(record.directionalAccuracyPercent()), record.directionalOrigins(),
				Numbers.finite(record.upMovePercent()), record.verdict(), WORDS.verdict(record),
				Numbers.finite(record.comparison().pValue()), record.comparison().independentWindows(),
				Numbers.finite(record.interval80().coverage()), Numbers.finite(record.interval95().coverage()));
	}

	private static final AnalysisWords WORDS = AnalysisWords.english();

}
