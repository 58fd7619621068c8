package io.cryptoviz.dashboard.api;

import io.cryptoviz.ml.backtest.TrackRecord;
import org.jspecify.annotations.Nullable;

/**
 * How a model's past forecasts fared (rolling origin over the backtest lookback). Null
 * where ml-core has no value (no origins, or no moves to score direction on).
 *
 * @param origins forecasts scored
 * @param relativeMae MAE divided by the naive forecast's MAE: below 1 beats "price stays
 * the same"
 * @param beatsNaive whether relativeMae is clearly below 1
 * @param mae mean absolute error in USD
 * @param mape mean absolute percentage error
 * @param naiveMae the naive forecast's MAE on the same origins
 * @param directionalAccuracyPercent share of correct up/down calls
 * @param directionalOrigins origins where both forecast and price moved
 * @param upMovePercent share of up moves: what always saying "up" would score
 * @param verdict ml-core's plain verdict
 */
record TrackRecordDto(int origins, @Nullable Double relativeMae, boolean beatsNaive, @Nullable Double mae,
		@Nullable Double mape, @Nullable Double naiveMae, @Nullable Double directionalAccuracyPercent,
		int directionalOrigins, @Nullable Double upMovePercent, String verdict) {

	static TrackRecordDto of(TrackRecord record) {
		return new TrackRecordDto(record.origins(), Numbers.finite(record.relativeMae()), record.beatsNaive(),
				Numbers.finite(record.mae()), Numbers.finite(record.mape()), Numbers.finite(record.naiveMae()),
				Numbers.finite(record.directionalAccuracyPercent()), record.directionalOrigins(),
				Numbers.finite(record.upMovePercent()), record.verdict());
	}

}
