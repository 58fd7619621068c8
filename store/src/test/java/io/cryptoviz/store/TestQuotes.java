package io.cryptoviz.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.Source;

/** Valid quotes for tests: asset {@code asset-<i % assets>}, one 5-minute step apart. */
public final class TestQuotes {

	public static final Instant START = Instant.parse("2026-11-25T10:00:00.123456Z");

	private TestQuotes() {
	}

	public static Quote quote(int i) {
		return quote(i, 40);
	}

	/**
	 * Quote {@code i} of a series where {@code assets} assets are quoted every 5 minutes.
	 */
	public static Quote quote(int i, int assets) {
		Instant timestamp = START.plus(Duration.ofMinutes(5L * (i / assets)));
		Source source = (i % 2 == 0) ? Source.COINGECKO : Source.COINMARKETCAP;
		return new Quote("asset-" + (i % assets), "a" + (i % assets), "Asset " + (i % assets), 100.0 + i, 1.5, 1e9,
				(i % 3 == 0) ? null : 2e7, source, timestamp, timestamp.plusSeconds(3));
	}

	public static List<String> encoded(int from, int count) {
		List<String> messages = new ArrayList<>(count);
		for (int i = from; i < from + count; i++) {
			messages.add(QuoteCodec.encode(quote(i)));
		}
		return messages;
	}

}
