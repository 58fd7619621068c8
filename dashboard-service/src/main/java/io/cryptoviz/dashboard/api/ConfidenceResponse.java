package io.cryptoviz.dashboard.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The confidence of each model and of the consensus.
 *
 * @param asset CoinGecko id
 * @param stablecoin pegged to a currency
 * @param asOf time of the newest price analysed
 * @param parameters the parameters used
 * @param models one entry per consensus model, then the naive baseline
 * @param consensus the consensus confidence, null without a consensus
 * @param mean the signal's mean confidence, null without a consensus
 */
record ConfidenceResponse(String asset, boolean stablecoin, Instant asOf, PredictionDto.ParametersDto parameters,
		List<ModelConfidence> models, @Nullable Double consensus, @Nullable Double mean) {

	/**
	 * @param model ma_short, ma_long, trend, momentum or naive
	 * @param label a readable name
	 * @param confidence 0 to 100, null without a forecast
	 * @param unavailableReason why there is no forecast
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ModelConfidence(String model, String label, @Nullable Double confidence,
			@Nullable String unavailableReason) {
	}

}
