package io.cryptoviz.scraper.base;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Tolerant JSON reading for provider bodies: unknown fields are ignored (providers add
 * them without notice), a literal NaN parses (so one bad price is rejected on its own
 * instead of failing the whole batch), an empty string where a number belongs reads as
 * null (a legacy CoinPaprika convention), and any failure becomes one
 * {@link FailureKind#MALFORMED} sentence instead of a stack trace.
 */
public final class JsonBodies {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.withCoercionConfig(LogicalType.Float,
				(config) -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
		.withCoercionConfig(LogicalType.Integer,
				(config) -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
		.build();

	private JsonBodies() {
	}

	public static <T> T read(byte[] body, TypeReference<T> type, String what) {
		if (looksLikeHtml(body)) {
			throw new FetchException(FailureKind.MALFORMED,
					what + ": got an HTML page instead of JSON (" + ErrorBodies.describe(body) + ")");
		}
		try {
			T value = MAPPER.readValue(body, type);
			if (value == null) {
				throw new FetchException(FailureKind.MALFORMED, what + ": body was JSON null");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new FetchException(FailureKind.MALFORMED,
					what + ": malformed JSON (" + oneLine(ex.getOriginalMessage()) + ", " + body.length + " bytes)");
		}
	}

	/**
	 * Walks a top-level JSON array one element at a time, so a large list (CoinPaprika's
	 * every-coin tickers) never becomes one big tree: only what {@code each} keeps stays
	 * in memory.
	 * @return how many elements the array held
	 * @throws FetchException ({@link FailureKind#MALFORMED}) for HTML, broken JSON or a
	 * top-level value other than an array of objects
	 */
	public static int eachElement(byte[] body, String what, Consumer<JsonNode> each) {
		if (looksLikeHtml(body)) {
			throw new FetchException(FailureKind.MALFORMED,
					what + ": got an HTML page instead of JSON (" + ErrorBodies.describe(body) + ")");
		}
		int count = 0;
		try (JsonParser parser = MAPPER.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new FetchException(FailureKind.MALFORMED,
						what + ": expected a JSON array, got " + ErrorBodies.describe(body));
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				each.accept(parser.readValueAsTree());
				count++;
			}
			if (parser.currentToken() != JsonToken.END_ARRAY) {
				throw new FetchException(FailureKind.MALFORMED,
						what + ": element " + (count + 1) + " is not a JSON object (" + body.length + " bytes)");
			}
			return count;
		}
		catch (JacksonException ex) {
			throw new FetchException(FailureKind.MALFORMED, what + ": malformed JSON ("
					+ oneLine(ex.getOriginalMessage()) + ", after " + count + " elements, " + body.length + " bytes)");
		}
	}

	/**
	 * Binds one element read by {@link #eachElement}.
	 * @throws IllegalArgumentException when it does not fit the type (that element is
	 * rejected, not the batch)
	 */
	public static <T> T convert(JsonNode node, Class<T> type) {
		try {
			return MAPPER.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(oneLine(ex.getOriginalMessage()));
		}
	}

	static JsonNode tree(byte[] body) {
		return MAPPER.readTree(body);
	}

	static boolean looksLikeHtml(byte[] body) {
		String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
		return start.startsWith("<");
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ");
		return (line.length() > 120) ? line.substring(0, 120) + "..." : line;
	}

}
