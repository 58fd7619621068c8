package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cryptoviz.ml.consensus.Signal;
import io.cryptoviz.ml.consensus.SignalBacking;
import io.cryptoviz.ml.model.Model;

/**
 * The complete, immutable result of one analysis.
 *
 * @param asOf time of the last point
 * @param horizon the horizon H
 * @param steps the horizon in sampling steps, k = max(1, round(H / Δ))
 * @param samplingInterval Δ, the median spacing of the history window (the horizon itself
 * for a single point)
 * @param models MA short, MA long, trend and momentum, in that order
 * @param naive the "price stays the same" baseline; not part of the consensus
 * @param consensus the weighted consensus
 * @param signal BUY, SELL or HOLD with the mean confidence and consensus change
 * @param metrics descriptive figures of the window
 * @param overlays chart overlays
 * @param warnings caveats about the input and the track records, empty if none
 */
public record AnalysisResult(Instant asOf, Duration horizon, int steps, Duration samplingInterval,
		List<ModelResult> models, ModelResult naive, ConsensusResult consensus, Signal signal, Metrics metrics,
		Overlays overlays, List<Warning> warnings) {

	public AnalysisResult {
		models = List.copyOf(models);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Looks a model up.
	 * @param model any model, including {@link Model#NAIVE}
	 * @return its result
	 */
	public ModelResult model(Model model) {
		if (model == Model.NAIVE) {
			return this.naive;
		}
		return this.models.stream().filter(result -> result.model() == model).findFirst().orElseThrow();
	}

	/**
	 * Whether the consensus's track record and 80 % interval back the signal.
	 * @return the backing, with the reason when it is not actionable
	 */
	public SignalBacking signalBacking() {
		return SignalBacking.judge(this.signal.action(), this.consensus.trackRecord().verdict(),
				(this.consensus.outcome() instanceof Outcome.Forecast forecast) ? forecast.interval80() : null,
				this.metrics.currentPrice());
	}

}
