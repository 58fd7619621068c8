package io.cryptoviz.model;

import java.time.Instant;

/** Valid quotes to start each test from. */
final class Quotes {

	static final Instant SOURCE_TIME = Instant.parse("2026-11-25T10:00:00.123Z");

	static final Instant FETCHED_AT = Instant.parse("2026-11-25T10:00:05Z");

	private Quotes() {
	}

	static Quote bitcoin() {
		return new Quote("bitcoin", "btc", "Bitcoin", 97_123.45, -1.25, 1.9e12, 3.1e10, Source.COINGECKO, SOURCE_TIME,
				FETCHED_AT);
	}

	static Quote tetherFromCoinMarketCapWithNulls() {
		return new Quote("tether", "USDT", "Tether USDt", 0.9998, null, null, null, Source.COINMARKETCAP, SOURCE_TIME,
				FETCHED_AT);
	}

}
