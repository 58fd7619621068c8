package io.cryptoviz.ml.analysis;

import java.util.List;
import java.util.Objects;

import io.cryptoviz.ml.backtest.IntervalRecord.Interval;
import io.cryptoviz.ml.series.TimedValue;
import org.jspecify.annotations.Nullable;

/**
 * What a model (or the consensus) produced: a {@link Forecast}, or the reason it could
 * not.
 */
public sealed interface Outcome {

	/**
	 * A forecast of the price at the horizon.
	 *
	 * @param value the forecast price f, never negative
	 * @param changePercent (f − p) / p · 100
	 * @param confidence the original product's confidence score in [0, 100]
	 * @param path one point per step to the horizon; the last one is (t_last + H, f)
	 * @param interval80 where the price at the horizon should lie 80 % of the time,
	 * judged by this model's own past errors; null with too few of them
	 * @param interval95 the same at 95 %
	 */
	record Forecast(double value, double changePercent, double confidence, List<TimedValue> path,
			@Nullable Interval interval80, @Nullable Interval interval95) implements Outcome {

		public Forecast {
			path = List.copyOf(path);
		}

	}

	/**
	 * No forecast.
	 *
	 * @param reason why
	 * @param needed for {@link Reason#INSUFFICIENT_DATA}, the points needed; else 0
	 * @param available for {@link Reason#INSUFFICIENT_DATA}, the points there are; else 0
	 */
	record Unavailable(Reason reason, int needed, int available) implements Outcome {

		public Unavailable {
			Objects.requireNonNull(reason, "reason");
		}

		static Unavailable insufficientData(int needed, int available) {
			return new Unavailable(Reason.INSUFFICIENT_DATA, needed, available);
		}

		static Unavailable because(Reason reason) {
			return new Unavailable(reason, 0, 0);
		}

		/** Why a model or the consensus gave no forecast. */
		public enum Reason {

			/** Fewer points than the model's window needs. */
			INSUFFICIENT_DATA,

			/** The consensus has no model with a forecast. */
			NO_MODEL_HAS_DATA,

			/**
			 * The consensus has models with forecasts, but none with a positive weight.
			 */
			NO_WEIGHTED_MODEL_HAS_DATA

		}

	}

}
