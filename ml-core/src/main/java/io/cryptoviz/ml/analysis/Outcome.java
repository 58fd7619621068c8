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
	 * @param reason for example "insufficient data: needs 50 points, has 30"
	 */
	record Unavailable(String reason) implements Outcome {

		public Unavailable {
			Objects.requireNonNull(reason, "reason");
		}

		static Unavailable insufficientData(int needed, int available) {
			return new Unavailable("insufficient data: needs " + needed + " points, has " + available);
		}

	}

}
