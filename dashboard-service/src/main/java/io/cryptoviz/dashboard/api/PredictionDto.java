package io.cryptoviz.dashboard.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cryptoviz.ml.backtest.IntervalRecord;
import org.jspecify.annotations.Nullable;

/**
 * One asset's analysis. Numbers ml-core leaves undefined (NaN) are null.
 *
 * @param asset CoinGecko id
 * @param symbol ticker
 * @param name display name
 * @param stablecoin pegged to a currency: its forecasts are noise
 * @param parameters the parameters used
 * @param asOf time of the newest price analysed
 * @param steps the horizon in sampling steps
 * @param samplingIntervalSeconds median spacing of the prices
 * @param metrics figures of the history window
 * @param models one entry per requested model, the naive baseline included if asked
 * @param consensus the weighted consensus of the four models
 * @param signal BUY, SELL or HOLD, to be read with the consensus track record
 * @param warnings caveats about the input and the track records, in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PredictionDto(String asset, String symbol, String name, boolean stablecoin, ParametersDto parameters,
		Instant asOf, int steps, long samplingIntervalSeconds, MetricsDto metrics, List<ModelDto> models,
		ConsensusDto consensus, SignalDto signal, List<String> warnings) {

	/**
	 * @param history hours of history the models saw
	 * @param horizon hours ahead
	 * @param source all, or the one source's key (coingecko, coinmarketcap, coinpaprika,
	 * ...)
	 * @param maShort MA short window
	 * @param maLong MA long window
	 * @param momentum momentum period
	 * @param backtestLookbackHours hours of prices the track records were scored on
	 */
	record ParametersDto(int history, int horizon, String source, int maShort, int maLong, int momentum,
			double backtestLookbackHours) {
	}

	/**
	 * @param currentPrice the last price
	 * @param variationPercent change over the history window
	 * @param volatilityPercent standard deviation over mean, in percent
	 * @param points points in the history window
	 */
	record MetricsDto(double currentPrice, @Nullable Double variationPercent, @Nullable Double volatilityPercent,
			int points) {
	}

	/**
	 * @param model ma_short, ma_long, trend, momentum or naive
	 * @param label a readable name
	 * @param available whether the model had enough data to forecast
	 * @param predictedPrice the forecast at the horizon
	 * @param changePercent the forecast's change from the current price
	 * @param confidence 0 to 100
	 * @param unavailableReason why there is no forecast
	 * @param path the forecast path to the horizon (single-asset endpoint only)
	 * @param interval80 where the price at the horizon should lie 80 % of the time, from
	 * this model's own past errors; absent with too few of them
	 * @param interval95 the same at 95 %
	 * @param trackRecord how this model's past forecasts fared
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ModelDto(String model, String label, boolean available, @Nullable Double predictedPrice,
			@Nullable Double changePercent, @Nullable Double confidence, @Nullable String unavailableReason,
			@Nullable List<PathPoint> path, @Nullable IntervalDto interval80, @Nullable IntervalDto interval95,
			TrackRecordDto trackRecord) {
	}

	/**
	 * @param available whether any model could forecast
	 * @param predictedPrice the weighted forecast
	 * @param changePercent its change from the current price
	 * @param confidence 0 to 100
	 * @param unavailableReason why there is no consensus
	 * @param weights the models used and their renormalised weights
	 * @param path the consensus path (single-asset endpoint only)
	 * @param interval80 the consensus's 80 % interval, from its own past errors
	 * @param interval95 the same at 95 %
	 * @param trackRecord how the consensus of these models fared
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ConsensusDto(boolean available, @Nullable Double predictedPrice, @Nullable Double changePercent,
			@Nullable Double confidence, @Nullable String unavailableReason, Map<String, Double> weights,
			@Nullable List<PathPoint> path, @Nullable IntervalDto interval80, @Nullable IntervalDto interval95,
			TrackRecordDto trackRecord) {
	}

	/**
	 * A price range.
	 *
	 * @param lower lower bound in USD
	 * @param upper upper bound in USD
	 */
	record IntervalDto(double lower, double upper) {

		static @Nullable IntervalDto of(IntervalRecord.@Nullable Interval interval) {
			return (interval != null) ? new IntervalDto(interval.lower(), interval.upper()) : null;
		}

	}

	/**
	 * @param time when
	 * @param value forecast price
	 */
	record PathPoint(Instant time, @Nullable Double value) {
	}

}
