package io.cryptoviz.scraper.base;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tolerant JSON reading for provider bodies: unknown fields are ignored (providers add
 * them without notice), a literal NaN parses (so one bad price is rejected on its own
 * instead of failing the whole batch), and any failure becomes one
 * {@link FailureKind#MALFORMED} sentence instead of a stack trace.
 */
public final class JsonBodies {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
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
