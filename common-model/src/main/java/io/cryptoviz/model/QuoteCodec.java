package io.cryptoviz.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON wire format of a {@link Quote} on the Redis queue.
 * <p>
 * Every message carries {@code "v": 1}. Decoding ignores unknown fields (a newer scraper
 * may add some) but rejects a missing or different version, missing required fields and
 * values the {@link Quote} invariants refuse, each with a message that says what was
 * wrong. Instants travel as ISO-8601 UTC strings.
 */
public final class QuoteCodec {

	/** The wire version this build writes and reads. */
	public static final int VERSION = 1;

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private QuoteCodec() {
	}

	public static String encode(Quote quote) {
		QuoteMessage message = new QuoteMessage(VERSION, quote.assetId(), quote.symbol(), quote.name(),
				quote.priceUsd(), quote.percentChange24h(), quote.marketCapUsd(), quote.volume24hUsd(),
				quote.source().name(), quote.sourceTimestamp().toString(), quote.fetchedAt().toString());
		return MAPPER.writeValueAsString(message);
	}

	/**
	 * Decodes one wire message: the streaming reader reads every message in the form a
	 * scraper writes, with fields in any order; databind reads whatever it leaves.
	 * @param json the message as read from Redis
	 * @return the quote
	 * @throws MalformedQuoteException if the message is not a valid version-1 quote
	 */
	public static Quote decode(String json) {
		QuoteMessage message = StreamingQuoteReader.read(MAPPER, json);
		return quote((message != null) ? message : readWithDatabind(json));
	}

	/** The quote a message holds, once its version and every field are checked. */
	static Quote quote(QuoteMessage message) {
		if (message.v() == null) {
			throw new MalformedQuoteException("missing field 'v' (wire version)");
		}
		if (message.v() != VERSION) {
			throw new MalformedQuoteException(
					"unsupported wire version " + message.v() + " (this build reads " + VERSION + ")");
		}
		try {
			return new Quote(message.assetId(), message.symbol(), message.name(),
					required("priceUsd", message.priceUsd()), message.percentChange24h(), message.marketCapUsd(),
					message.volume24hUsd(), source(message.source()),
					instant("sourceTimestamp", message.sourceTimestamp()), instant("fetchedAt", message.fetchedAt()));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedQuoteException(ex.getMessage(), ex);
		}
	}

	// The reference reading: every message the streaming reader does not vouch for goes
	// through databind, so odd but legal JSON and every error read exactly as before.
	static QuoteMessage readWithDatabind(String json) {
		QuoteMessage message;
		try {
			message = MAPPER.readValue(json, QuoteMessage.class);
		}
		catch (JacksonException ex) {
			throw new MalformedQuoteException("not a JSON quote object: " + ex.getOriginalMessage());
		}
		if (message == null) {
			throw new MalformedQuoteException("not a JSON quote object: null");
		}
		return message;
	}

	static JsonMapper mapper() {
		return MAPPER;
	}

	private static double required(String field, @Nullable Double value) {
		if (value == null) {
			throw new MalformedQuoteException("missing field '" + field + "'");
		}
		return value;
	}

	private static Source source(@Nullable String value) {
		if (value == null) {
			throw new MalformedQuoteException("missing field 'source'");
		}
		if (!Source.isValid(value)) {
			throw new MalformedQuoteException("malformed source '" + value
					+ "' (expected an upper-case name such as COINGECKO, COINMARKETCAP or COINPAPRIKA)");
		}
		return Source.of(value);
	}

	private static Instant instant(String field, @Nullable String value) {
		if (value == null) {
			throw new MalformedQuoteException("missing field '" + field + "'");
		}
		Instant fast = StreamingQuoteReader.instant(value);
		if (fast != null) {
			return fast;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new MalformedQuoteException(field + " is not an ISO-8601 UTC instant: '" + value + "'");
		}
	}

	/** The JSON shape on the wire; boxed so a missing field is told apart from zero. */
	record QuoteMessage(@Nullable Integer v, @Nullable String assetId, @Nullable String symbol, @Nullable String name,
			@Nullable Double priceUsd, @Nullable Double percentChange24h, @Nullable Double marketCapUsd,
			@Nullable Double volume24hUsd, @Nullable String source, @Nullable String sourceTimestamp,
			@Nullable String fetchedAt) {
	}

}
