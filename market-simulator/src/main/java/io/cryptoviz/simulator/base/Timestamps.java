package io.cryptoviz.simulator.base;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The timestamp formats the providers use on the wire.
 */
public final class Timestamps {

	private static final DateTimeFormatter ISO_MILLIS_Z = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter ISO_MILLIS_OFFSET = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'+00:00'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter ISO_SECONDS_Z = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private Timestamps() {
	}

	/**
	 * {@code 2024-01-27T09:59:35.901Z}: CoinGecko markets and every CoinMarketCap field.
	 */
	public static String isoMillis(Instant at) {
		return ISO_MILLIS_Z.format(at);
	}

	/** {@code 2024-09-26T11:30:36Z}: every CoinPaprika ticker timestamp. */
	public static String isoSeconds(Instant at) {
		return ISO_SECONDS_Z.format(at);
	}

	/** {@code 2024-04-20T22:00:05.123+00:00}: CoinGecko's 10012 error body. */
	public static String isoMillisOffset(Instant at) {
		return ISO_MILLIS_OFFSET.format(at);
	}

}
