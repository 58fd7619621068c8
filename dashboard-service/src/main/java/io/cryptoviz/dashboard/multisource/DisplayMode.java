package io.cryptoviz.dashboard.multisource;

import java.util.Arrays;
import java.util.Optional;

/** How the chosen cryptos are drawn ({@code mode=} in the URL). */
public enum DisplayMode {

	/** One chart, one line per crypto, one y-scale for all. */
	SHARED("shared"),

	/** One chart per crypto, each with its own y-scale. */
	SEPARATE("separate"),

	/** One chart of the change in percent since the start of the period. */
	PERCENT("percent"),

	/** One chart per crypto with each source's line and the gap between them. */
	COMPARE("compare");

	private final String param;

	DisplayMode(String param) {
		this.param = param;
	}

	/**
	 * @return the URL value
	 */
	public String param() {
		return this.param;
	}

	static Optional<DisplayMode> fromParam(String value) {
		return Arrays.stream(values()).filter(m -> m.param.equalsIgnoreCase(value)).findFirst();
	}

}
