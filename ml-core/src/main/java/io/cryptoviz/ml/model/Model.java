package io.cryptoviz.ml.model;

/**
 * The forecasting models. The first four take part in the consensus; {@link #NAIVE} ("the
 * price stays the same") is the baseline every model is measured against.
 */
public enum Model {

	/** Simple moving average of the last maShort prices, flat path. */
	MA_SHORT("MA short"),

	/** Simple moving average of the last maLong prices, flat path. */
	MA_LONG("MA long"),

	/** Least-squares line over the history window, extended to the horizon. */
	TREND("Trend"),

	/** Smoothed momentum per step, extrapolated over the horizon's steps. */
	MOMENTUM("Momentum"),

	/** The last price itself: the random-walk forecast. */
	NAIVE("Price stays the same");

	private final String label;

	Model(String label) {
		this.label = label;
	}

	/**
	 * A human-readable name for tables and warnings.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the model takes part in the consensus.
	 * @return false only for the naive baseline
	 */
	public boolean inConsensus() {
		return this != NAIVE;
	}

}
