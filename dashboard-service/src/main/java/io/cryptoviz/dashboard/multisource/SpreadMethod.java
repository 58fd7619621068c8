package io.cryptoviz.dashboard.multisource;

/**
 * How the prices of several sources are compared, in the comparison chart and the price
 * gap table alike.
 */
public enum SpreadMethod {

	/**
	 * Exactly two sources: the second minus the first (in stored-name order), relative to
	 * their mean; signed, as the dashboard always showed it.
	 */
	PAIR,

	/**
	 * Three or more: the highest minus the lowest price of the sources present, relative
	 * to their median; never negative.
	 */
	MEDIAN;

	/**
	 * @param sources how many sources are compared
	 * @return {@link #PAIR} for two, else {@link #MEDIAN}
	 */
	static SpreadMethod forCount(int sources) {
		return (sources == 2) ? PAIR : MEDIAN;
	}

}
