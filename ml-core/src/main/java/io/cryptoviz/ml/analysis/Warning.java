package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.time.Instant;

import io.cryptoviz.ml.model.Model;

/**
 * A caveat about the input or the track records, as data: the caller words it in its own
 * language.
 */
public sealed interface Warning {

	/**
	 * Only one price point: the sampling interval is unknown, the horizon is one step.
	 */
	record SinglePoint() implements Warning {
	}

	/**
	 * The horizon is shorter than half the sampling interval, so one step is forecast.
	 *
	 * @param horizon the horizon asked for
	 * @param interval the sampling interval, which is forecast instead
	 */
	record HorizonBelowHalfInterval(Duration horizon, Duration interval) implements Warning {
	}

	/**
	 * The history has gaps wider than three sampling intervals.
	 *
	 * @param longest the widest gap
	 * @param endingAt the time of the point after it
	 * @param interval the sampling interval
	 */
	record Gaps(Duration longest, Instant endingAt, Duration interval) implements Warning {
	}

	/**
	 * A model gave no forecast.
	 *
	 * @param model the model
	 * @param why the reason
	 */
	record ModelUnavailable(Model model, Outcome.Unavailable why) implements Warning {
	}

	/**
	 * There is no track record at all.
	 *
	 * @param pointsNeeded the points a backtest needs
	 * @param points the points there are
	 */
	record NoTrackRecord(int pointsNeeded, int points) implements Warning {
	}

	/**
	 * The track records rest on few independent windows (origins / steps below 10), or on
	 * fewer origins than the horizon has steps.
	 *
	 * @param origins the origins scored
	 * @param steps the horizon in steps
	 */
	record FewWindows(int origins, int steps) implements Warning {

		/** origins / steps, rounded down; 0 when there are fewer origins than steps. */
		public int windows() {
			return this.origins / this.steps;
		}

	}

	/**
	 * There is no signal because there is no consensus.
	 *
	 * @param why the consensus's reason
	 */
	record NoSignal(Outcome.Unavailable why) implements Warning {
	}

}
