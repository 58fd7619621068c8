package io.cryptoviz.simulator.base;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Rounding the way providers print numbers.
 */
public final class Numbers {

	private Numbers() {
	}

	/** Rounds to the given number of significant digits, as CoinGecko prices are. */
	public static double significant(double value, int digits) {
		if (value == 0 || !Double.isFinite(value)) {
			return value;
		}
		return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
	}

}
