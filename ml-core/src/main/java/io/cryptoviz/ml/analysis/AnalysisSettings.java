package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.util.Objects;

import io.cryptoviz.ml.consensus.ConsensusWeights;
import io.cryptoviz.ml.consensus.SignalSettings;
import io.cryptoviz.ml.model.ModelSettings;

/**
 * Everything an analysis needs besides the prices.
 *
 * @param horizon forecast horizon H, {@link #HORIZON_MIN} to {@link #HORIZON_MAX}
 * @param history the window the models see: points within this of the last point,
 * {@link #HISTORY_MIN} to {@link #HISTORY_MAX}; the trend is fitted on it
 * @param backtestLookback how far back the track record reaches, from history to
 * {@link #HISTORY_MAX}
 * @param models model parameters
 * @param weights consensus weights
 * @param signal signal thresholds
 */
public record AnalysisSettings(Duration horizon, Duration history, Duration backtestLookback, ModelSettings models,
		ConsensusWeights weights, SignalSettings signal) {

	public static final Duration HORIZON_MIN = Duration.ofMinutes(5);

	public static final Duration HORIZON_MAX = Duration.ofDays(7);

	public static final Duration HISTORY_MIN = Duration.ofHours(1);

	public static final Duration HISTORY_MAX = Duration.ofDays(30);

	public AnalysisSettings {
		Objects.requireNonNull(models, "models");
		Objects.requireNonNull(weights, "weights");
		Objects.requireNonNull(signal, "signal");
		requireBetween("horizon", horizon, HORIZON_MIN, HORIZON_MAX);
		requireBetween("history", history, HISTORY_MIN, HISTORY_MAX);
		requireBetween("backtestLookback", backtestLookback, history, HISTORY_MAX);
	}

	/**
	 * Defaults: 24 h horizon, 72 h history, 7-day backtest, and the default model, weight
	 * and signal settings.
	 * @return the defaults
	 */
	public static AnalysisSettings defaults() {
		return new AnalysisSettings(Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7),
				ModelSettings.defaults(), ConsensusWeights.defaults(), SignalSettings.defaults());
	}

	/**
	 * A copy with another horizon.
	 * @param horizon the new horizon
	 * @return the copy
	 */
	public AnalysisSettings withHorizon(Duration horizon) {
		return new AnalysisSettings(horizon, this.history, this.backtestLookback, this.models, this.weights,
				this.signal);
	}

	/**
	 * A copy with other model parameters.
	 * @param models the new model parameters
	 * @return the copy
	 */
	public AnalysisSettings withModels(ModelSettings models) {
		return new AnalysisSettings(this.horizon, this.history, this.backtestLookback, models, this.weights,
				this.signal);
	}

	/**
	 * A copy with another history window and backtest lookback.
	 * @param history the new history window
	 * @param backtestLookback the new lookback
	 * @return the copy
	 */
	public AnalysisSettings withWindows(Duration history, Duration backtestLookback) {
		return new AnalysisSettings(this.horizon, history, backtestLookback, this.models, this.weights, this.signal);
	}

	private static void requireBetween(String name, Duration value, Duration min, Duration max) {
		Objects.requireNonNull(value, name);
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
	}

}
