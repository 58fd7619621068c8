package io.cryptoviz.ml.consensus;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.cryptoviz.ml.model.Model;

/**
 * Weights of the four models in the consensus: each between 0 and 1, summing to 1 within
 * {@value #SUM_TOLERANCE}.
 *
 * @param maShort weight of the short moving average
 * @param maLong weight of the long moving average
 * @param trend weight of the trend
 * @param momentum weight of momentum
 */
public record ConsensusWeights(double maShort, double maLong, double trend, double momentum) {

	/**
	 * How far the weights' sum may stray from 1 (room for decimal input like 0.1 + 0.2).
	 */
	public static final double SUM_TOLERANCE = 1e-6;

	public ConsensusWeights {
		requireWeight("maShort", maShort);
		requireWeight("maLong", maLong);
		requireWeight("trend", trend);
		requireWeight("momentum", momentum);
		double sum = maShort + maLong + trend + momentum;
		if (Math.abs(sum - 1) > SUM_TOLERANCE) {
			throw new IllegalArgumentException(
					"consensus weights must sum to 1 (within " + SUM_TOLERANCE + "), was " + sum + " (maShort "
							+ maShort + ", maLong " + maLong + ", trend " + trend + ", momentum " + momentum + ")");
		}
	}

	/**
	 * The original product's weights: MA short 0.3, MA long 0.2, trend 0.3, momentum 0.2.
	 * @return the default weights
	 */
	public static ConsensusWeights defaults() {
		return new ConsensusWeights(0.3, 0.2, 0.3, 0.2);
	}

	/**
	 * The configured weight of a model.
	 * @param model a consensus model
	 * @return its weight; 0 for the naive baseline
	 */
	public double weight(Model model) {
		return switch (model) {
			case MA_SHORT -> this.maShort;
			case MA_LONG -> this.maLong;
			case TREND -> this.trend;
			case MOMENTUM -> this.momentum;
			case NAIVE -> 0;
		};
	}

	/**
	 * The weights of the available models, scaled to sum to 1. Models with weight 0 are
	 * left out.
	 * @param available the models that have enough data
	 * @return model to renormalised weight, in model order; empty if no available model
	 * has a positive weight
	 */
	public Map<Model, Double> renormalised(Collection<Model> available) {
		double total = 0;
		for (Model model : available) {
			total += weight(model);
		}
		Map<Model, Double> weights = new EnumMap<>(Model.class);
		if (total > 0) {
			for (Model model : available) {
				if (weight(model) > 0) {
					weights.put(model, weight(model) / total);
				}
			}
		}
		return Collections.unmodifiableMap(weights);
	}

	private static void requireWeight(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " weight must be between 0 and 1, was " + value);
		}
	}

}
