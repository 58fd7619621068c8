package io.cryptoviz.dashboard.multisource;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The time window of the charts, as it appears in the URL ({@code period=24h}). */
public enum Period {

	H1("1h", Duration.ofHours(1)), H6("6h", Duration.ofHours(6)), H24("24h", Duration.ofHours(24)),
	H72("72h", Duration.ofHours(72)), D7("7d", Duration.ofDays(7)), D30("30d", Duration.ofDays(30)), ALL("all", null),
	CUSTOM("custom", null);

	private final String param;

	private final @Nullable Duration length;

	Period(String param, @Nullable Duration length) {
		this.param = param;
		this.length = length;
	}

	/**
	 * @return the URL value
	 */
	public String param() {
		return this.param;
	}

	/**
	 * @return the window length, or empty for "all" and "custom"
	 */
	public Optional<Duration> length() {
		return Optional.ofNullable(this.length);
	}

	static Optional<Period> fromParam(String value) {
		return Arrays.stream(values()).filter(p -> p.param.equalsIgnoreCase(value)).findFirst();
	}

}
