package io.cryptoviz.dashboard.predictions.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Fixed-decimal numbers for ratios and scores; a dash where ml-core has no value. */
final class Decimals {

	private Decimals() {
	}

	static String format(double value, int decimals, Locale locale) {
		if (!Double.isFinite(value)) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

}
