package io.cryptoviz.model;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a wire message with Jackson's streaming parser, fields in any order and unknown
 * fields skipped, and gives up (returns null) on anything else.
 * <p>
 * It vouches only for messages whose every known field has the token type the encoder
 * writes (a string, a number or null); anything else, including any syntax error, is left
 * to databind, so what is accepted and every error message stay exactly what they were.
 * The tests hold it to databind on every encoded quote and on mangled ones.
 * <p>
 * Asset ids, symbols and names repeat in every poll, so each is shared through a small
 * cache instead of kept as a new string per message: a drained batch then holds a few
 * hundred of them rather than three per quote.
 * <p>
 * Just over 200 lines because the token loop is one switch over the eleven fields, and
 * the ISO-8601 reader beside it serves only this loop.
 */
final class StreamingQuoteReader {

	private static final int SHARED_MAX_LENGTH = 64;

	private static final String[] shared = new String[1024];

	private StreamingQuoteReader() {
	}

	static QuoteCodec.@Nullable QuoteMessage read(JsonMapper mapper, String json) {
		// Straight from the factory: the mapper's createParser also builds a
		// deserialization context per message, which a token loop never uses.
		try (JsonParser parser = mapper.tokenStreamFactory().createParser(ObjectReadContext.empty(), json)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			Integer v = null;
			String assetId = null;
			String symbol = null;
			String name = null;
			Double price = null;
			Double change = null;
			Double marketCap = null;
			Double volume = null;
			String source = null;
			String sourceTimestamp = null;
			String fetchedAt = null;
			for (String field = parser.nextName(); field != null; field = parser.nextName()) {
				JsonToken token = parser.nextToken();
				switch (field) {
					case "v" -> {
						if (token == JsonToken.VALUE_NUMBER_INT
								&& parser.getNumberType() == JsonParser.NumberType.INT) {
							v = parser.getIntValue();
						}
						else if (token == JsonToken.VALUE_NULL) {
							v = null;
						}
						else {
							return null;
						}
					}
					case "assetId", "symbol", "name", "source", "sourceTimestamp", "fetchedAt" -> {
						String value;
						if (token == JsonToken.VALUE_STRING) {
							value = parser.getString();
						}
						else if (token == JsonToken.VALUE_NULL) {
							value = null;
						}
						else {
							return null;
						}
						switch (field) {
							case "assetId" -> assetId = share(value);
							case "symbol" -> symbol = share(value);
							case "name" -> name = share(value);
							case "source" -> source = value;
							case "sourceTimestamp" -> sourceTimestamp = value;
							default -> fetchedAt = value;
						}
					}
					case "priceUsd", "percentChange24h", "marketCapUsd", "volume24hUsd" -> {
						Double value;
						if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
							value = parser.getDoubleValue();
						}
						else if (token == JsonToken.VALUE_NULL) {
							value = null;
						}
						else {
							return null;
						}
						switch (field) {
							case "priceUsd" -> price = value;
							case "percentChange24h" -> change = value;
							case "marketCapUsd" -> marketCap = value;
							default -> volume = value;
						}
					}
					default -> parser.skipChildren();
				}
			}
			if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
				return null;
			}
			return new QuoteCodec.QuoteMessage(v, assetId, symbol, name, price, change, marketCap, volume, source,
					sourceTimestamp, fetchedAt);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Parses {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, the shape {@link Instant#toString()}
	 * writes for years 0000-9999; null for anything else, which is then left to
	 * {@link Instant#parse}.
	 */
	static @Nullable Instant instant(String text) {
		return instant(text, 0, text.length());
	}

	/** As {@link #instant(String)}, for the part {@code [from, to)} of a longer text. */
	static @Nullable Instant instant(String text, int from, int to) {
		int length = to - from;
		int at = from;
		if (length < 20 || length > 30 || text.charAt(at + 4) != '-' || text.charAt(at + 7) != '-'
				|| text.charAt(at + 10) != 'T' || text.charAt(at + 13) != ':' || text.charAt(at + 16) != ':'
				|| text.charAt(to - 1) != 'Z') {
			return null;
		}
		int year = digits(text, at, at + 4);
		int month = digits(text, at + 5, at + 7);
		int day = digits(text, at + 8, at + 10);
		int hour = digits(text, at + 11, at + 13);
		int minute = digits(text, at + 14, at + 16);
		int second = digits(text, at + 17, at + 19);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59) {
			return null;
		}
		int nanos = 0;
		if (length > 20) {
			int fraction = length - 21;
			if (text.charAt(at + 19) != '.' || fraction < 1 || fraction > 9) {
				return null;
			}
			nanos = digits(text, at + 20, to - 1);
			if (nanos < 0) {
				return null;
			}
			for (int i = fraction; i < 9; i++) {
				nanos *= 10;
			}
		}
		LocalDate date = LocalDate.of(year, month, 1);
		if (day > date.lengthOfMonth()) {
			return null;
		}
		long epochDay = date.toEpochDay() + day - 1;
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
	}

	/**
	 * The decimal value of {@code text[from, to)}, or -1 if it is not all ASCII digits.
	 */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * The string held for this text's content if there is one, else the text, which is
	 * held from now on. The slots are a racy array of immutable strings: a lost update
	 * only costs a string.
	 */
	private static @Nullable String share(@Nullable String text) {
		if (text == null || text.length() > SHARED_MAX_LENGTH) {
			return text;
		}
		int hash = text.hashCode();
		int slot = (hash ^ (hash >>> 16)) & (shared.length - 1);
		String held = shared[slot];
		if (text.equals(held)) {
			return held;
		}
		shared[slot] = text;
		return text;
	}

}
