package io.cryptoviz.ml.consensus;

import java.util.List;

import io.cryptoviz.ml.indicator.CachedIndicator;
import io.cryptoviz.ml.indicator.Indicator;

/**
 * Weighted consensus of model forecasts: Σ w_j · f_j(i) with weights summing to 1.
 * Defined only where every included forecast is (warm-up: the longest branch), so a
 * backtest of the consensus always averages the same models.
 */
public final class ConsensusIndicator extends CachedIndicator {

	private final List<Indicator> forecasts;

	private final double[] weights;

	/**
	 * Builds the consensus.
	 * @param forecasts the forecasts to combine, on one series, at least one
	 * @param weights one weight per forecast, already renormalised to sum to 1
	 */
	public ConsensusIndicator(List<Indicator> forecasts, double[] weights) {
		super(forecasts.getFirst().series());
		if (forecasts.size() != weights.length) {
			throw new IllegalArgumentException(
					"consensus needs one weight per forecast, got " + forecasts.size() + " and " + weights.length);
		}
		this.forecasts = List.copyOf(forecasts);
		this.weights = weights.clone();
	}

	@Override
	protected double calculate(int index) {
		double sum = 0;
		for (int j = 0; j < this.weights.length; j++) {
			sum += this.weights[j] * this.forecasts.get(j).value(index);
		}
		return sum;
	}

	@Override
	public int unstableBars() {
		return this.forecasts.stream().mapToInt(Indicator::unstableBars).max().orElseThrow();
	}

}
