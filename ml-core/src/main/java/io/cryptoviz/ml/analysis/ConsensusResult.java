package io.cryptoviz.ml.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.model.Model;

/**
 * The weighted consensus of the models that had enough data.
 *
 * @param outcome the consensus forecast, or why there is none
 * @param weights the models used, with their renormalised weights summing to 1
 * @param trackRecord the backtest of the consensus of these same models and weights
 */
public record ConsensusResult(Outcome outcome, Map<Model, Double> weights, TrackRecord trackRecord) {

	public ConsensusResult {
		weights = weights.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(weights));
	}

}
