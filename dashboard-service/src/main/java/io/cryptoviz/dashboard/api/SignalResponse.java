package io.cryptoviz.dashboard.api;

import java.time.Instant;

/**
 * The signal of one asset.
 *
 * @param asset CoinGecko id
 * @param stablecoin pegged to a currency: its signal is noise
 * @param asOf time of the newest price analysed
 * @param parameters the parameters used
 * @param signal the signal with the consensus track record
 */
record SignalResponse(String asset, boolean stablecoin, Instant asOf, PredictionDto.ParametersDto parameters,
		SignalDto signal) {
}
