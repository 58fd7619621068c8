package io.cryptoviz.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Reads a message in exactly the form {@link QuoteCodec#encode} writes, without a JSON
 * parser, and declines (returns null) anything else.
 * <p>
 * The consumer decodes hundreds of thousands of messages a second while draining a
 * backlog; a general parser spends most of that time on work this one shape never needs
 * (field lookup, buffer recycling, boxing). The reader accepts only the encoder's field
 * order, no whitespace, strings without escapes or control characters, numbers in JSON
 * syntax, both sources by name and instants {@link FastQuoteReader#instant} vouches for.
 * Everything else goes on to the general readers, so what is accepted and every error
 * message stay what they were; the equivalence is tested against them.
 * <p>
 * Asset ids, symbols and names repeat in every poll, so they come from a small cache
 * instead of a new string per message: a drained batch then holds a few hundred strings
 * instead of hundreds of thousands, which keeps the garbage collector out of the way.
 */
final class CanonicalQuoteReader {

	private static final String V = "{\"v\":1,\"assetId\":";

	private static final String SYMBOL = ",\"symbol\":";

	private static final String NAME = ",\"name\":";

	private static final String PRICE = ",\"priceUsd\":";

	private static final String CHANGE = ",\"percentChange24h\":";

	private static final String MARKET_CAP = ",\"marketCapUsd\":";

	private static final String VOLUME = ",\"volume24hUsd\":";

	private static final String SOURCE = ",\"source\":";

	private static final String SOURCE_TIMESTAMP = ",\"sourceTimestamp\":";

	private static final String FETCHED_AT = ",\"fetchedAt\":";

	private static final int MAX_NUMBER_LENGTH = 40;

	/** Powers of ten a double holds exactly. */
	private static final double[] EXACT_POWERS = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	private static final long EXACT_MANTISSA = 1L << 53;

	private static final TextCache texts = new TextCache();

	private CanonicalQuoteReader() {
	}

	/**
	 * @param json a queue message
	 * @return the quote, or null if the message is not in the encoder's exact form
	 * @throws IllegalArgumentException if it is, but the {@link Quote} invariants refuse
	 * the values
	 */
	static @Nullable Quote read(String json) {
		Cursor at = new Cursor(json);
		if (!at.literal(V)) {
			return null;
		}
		String assetId = at.text();
		if (assetId == null || !at.literal(SYMBOL)) {
			return null;
		}
		String symbol = at.text();
		if (symbol == null || !at.literal(NAME)) {
			return null;
		}
		String name = at.text();
		if (name == null || !at.literal(PRICE)) {
			return null;
		}
		double price = at.number();
		if (at.failed() || !at.literal(CHANGE)) {
			return null;
		}
		Double change = at.optionalNumber();
		if (at.failed() || !at.literal(MARKET_CAP)) {
			return null;
		}
		Double marketCap = at.optionalNumber();
		if (at.failed() || !at.literal(VOLUME)) {
			return null;
		}
		Double volume = at.optionalNumber();
		if (at.failed() || !at.literal(SOURCE)) {
			return null;
		}
		Source source = at.source();
		if (source == null || !at.literal(SOURCE_TIMESTAMP)) {
			return null;
		}
		Instant sourceTimestamp = at.instant();
		if (sourceTimestamp == null || !at.literal(FETCHED_AT)) {
			return null;
		}
		Instant fetchedAt = at.instant();
		if (fetchedAt == null || !at.end()) {
			return null;
		}
		return new Quote(assetId, symbol, name, price, change, marketCap, volume, source, sourceTimestamp, fetchedAt);
	}

	/**
	 * The value of a JSON number's text: exact arithmetic when the digits and the power
	 * of ten both fit a double exactly (one correctly rounded operation, Clinger's fast
	 * path), {@link Double#parseDouble} otherwise.
	 * @param text holds a number in JSON syntax between the indexes
	 * @param from first index
	 * @param to index after the last
	 * @return the value, correctly rounded
	 */
	static double parseNumber(String text, int from, int to) {
		int i = from;
		boolean negative = text.charAt(i) == '-';
		if (negative) {
			i++;
		}
		long mantissa = 0;
		int significant = 0;
		int exponent = 0;
		boolean fraction = false;
		for (; i < to; i++) {
			char c = text.charAt(i);
			if (c == '.') {
				fraction = true;
				continue;
			}
			if (c == 'e' || c == 'E') {
				break;
			}
			if (fraction) {
				exponent--;
			}
			if (mantissa == 0 && c == '0') {
				continue;
			}
			if (++significant > 18) {
				return Double.parseDouble(text.substring(from, to));
			}
			mantissa = mantissa * 10 + (c - '0');
		}
		if (i < to) {
			int j = i + 1;
			boolean negativeExponent = text.charAt(j) == '-';
			if (negativeExponent || text.charAt(j) == '+') {
				j++;
			}
			if (to - j > 4) {
				return Double.parseDouble(text.substring(from, to));
			}
			int value = 0;
			for (; j < to; j++) {
				value = value * 10 + (text.charAt(j) - '0');
			}
			exponent += negativeExponent ? -value : value;
		}
		if (mantissa > EXACT_MANTISSA || exponent < -22 || exponent > 22) {
			return Double.parseDouble(text.substring(from, to));
		}
		double value = (exponent >= 0) ? mantissa * EXACT_POWERS[exponent] : mantissa / EXACT_POWERS[-exponent];
		return negative ? -value : value;
	}

	/** Reading position in one message; any mismatch makes the whole read decline. */
	private static final class Cursor {

		private final String json;

		private int position;

		private boolean failed;

		Cursor(String json) {
			this.json = json;
		}

		boolean failed() {
			return this.failed;
		}

		boolean literal(String expected) {
			if (!this.json.startsWith(expected, this.position)) {
				return false;
			}
			this.position += expected.length();
			return true;
		}

		boolean end() {
			return this.position == this.json.length() - 1 && this.json.charAt(this.position) == '}';
		}

		/**
		 * A string without escapes or control characters; null if it is anything else.
		 */
		@Nullable String text() {
			int from = quoted();
			return (from < 0) ? null : texts.get(this.json, from, this.position - 1);
		}

		/**
		 * Moves past a string without escapes or control characters.
		 * @return where its content starts (it ends before the closing quote, just before
		 * the new position), or -1 if there is no such string here
		 */
		private int quoted() {
			int from = this.position + 1;
			int to = closingQuote(from);
			if (to < 0) {
				return -1;
			}
			this.position = to + 1;
			return from;
		}

		/**
		 * The opening quote at the position and the index of the closing one, or -1.
		 */
		private int closingQuote(int from) {
			if (this.position >= this.json.length() || this.json.charAt(this.position) != '"') {
				return -1;
			}
			for (int i = from; i < this.json.length(); i++) {
				char c = this.json.charAt(i);
				if (c == '"') {
					return i;
				}
				if (c == '\\' || c < 0x20) {
					return -1;
				}
			}
			return -1;
		}

		/** A number in JSON syntax; NaN (and the read declines) for anything else. */
		double number() {
			int from = this.position;
			int i = from;
			int length = this.json.length();
			if (i < length && this.json.charAt(i) == '-') {
				i++;
			}
			if (i < length && this.json.charAt(i) == '0') {
				i++;
			}
			else {
				int start = i;
				i = skipDigits(i);
				if (i == start) {
					return decline();
				}
			}
			boolean integer = true;
			if (i < length && this.json.charAt(i) == '.') {
				integer = false;
				int start = ++i;
				i = skipDigits(i);
				if (i == start) {
					return decline();
				}
			}
			if (i < length && (this.json.charAt(i) == 'e' || this.json.charAt(i) == 'E')) {
				integer = false;
				i++;
				if (i < length && (this.json.charAt(i) == '+' || this.json.charAt(i) == '-')) {
					i++;
				}
				int start = i;
				i = skipDigits(i);
				if (i == start) {
					return decline();
				}
			}
			if (i - from > MAX_NUMBER_LENGTH) {
				return decline();
			}
			this.position = i;
			double value = parseNumber(this.json, from, i);
			// A general parser reads "-0" as the integer 0, which has no sign.
			return (integer && value == 0) ? 0.0 : value;
		}

		@Nullable Double optionalNumber() {
			if (literal("null")) {
				return null;
			}
			double value = number();
			return this.failed ? null : value;
		}

		@Nullable Source source() {
			if (literal("\"COINGECKO\"")) {
				return Source.COINGECKO;
			}
			if (literal("\"COINMARKETCAP\"")) {
				return Source.COINMARKETCAP;
			}
			if (literal("\"COINPAPRIKA\"")) {
				return Source.COINPAPRIKA;
			}
			// Any other name goes the general way, which checks it.
			return null;
		}

		@Nullable Instant instant() {
			int from = quoted();
			return (from < 0) ? null : FastQuoteReader.instant(this.json, from, this.position - 1);
		}

		private int skipDigits(int from) {
			int i = from;
			while (i < this.json.length() && this.json.charAt(i) >= '0' && this.json.charAt(i) <= '9') {
				i++;
			}
			return i;
		}

		private double decline() {
			this.failed = true;
			return Double.NaN;
		}

	}

	/**
	 * Strings seen recently, by content: a racy array of immutable strings, so a lost
	 * update only costs a new string.
	 */
	private static final class TextCache {

		private static final int SLOTS = 1024;

		private static final int MAX_LENGTH = 64;

		private final String[] slots = new String[SLOTS];

		String get(String json, int from, int to) {
			int length = to - from;
			if (length > MAX_LENGTH) {
				return json.substring(from, to);
			}
			int hash = 0;
			for (int i = from; i < to; i++) {
				hash = 31 * hash + json.charAt(i);
			}
			int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
			String cached = this.slots[slot];
			if (cached != null && cached.length() == length && json.regionMatches(from, cached, 0, length)) {
				return cached;
			}
			String text = json.substring(from, to);
			this.slots[slot] = text;
			return text;
		}

	}

}
