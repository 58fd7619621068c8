package io.cryptoviz.ml.analysis;

import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.model.Model;

/**
 * One model's live forecast and its track record.
 *
 * @param model the model
 * @param outcome the forecast or why there is none
 * @param trackRecord how the model's forecasts fared over the backtest lookback
 */
public record ModelResult(Model model, Outcome outcome, TrackRecord trackRecord) {

	/**
	 * The forecast, if the model produced one.
	 * @return the forecast, or null
	 */
	public Outcome.@org.jspecify.annotations.Nullable Forecast forecast() {
		return (this.outcome instanceof Outcome.Forecast forecast) ? forecast : null;
	}

}
