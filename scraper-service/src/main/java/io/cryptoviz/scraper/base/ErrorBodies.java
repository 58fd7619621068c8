package io.cryptoviz.scraper.base;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a provider error body into a short sentence. Only the shapes that more than one
 * provider shares live here: the {@code {"status":{"error_code","error_message"}}}
 * envelope (CoinGecko, CoinMarketCap; also wrapped as {@code {"error":{"status":...}}}),
 * a plain {@code {"error":"text"}} (CoinGecko, CoinPaprika), CDN HTML pages and short
 * plain-text bodies (a rate limiter's {@code text/plain} 429). What a code inside a
 * provider's envelope means is up to that provider's package.
 */
public final class ErrorBodies {

	private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern
		.compile("<title>\\s*([^<]{1,100})\\s*</title>", java.util.regex.Pattern.CASE_INSENSITIVE);

	private ErrorBodies() {
	}

	public static String describe(byte[] body) {
		if (body.length == 0) {
			return "empty body";
		}
		String head = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
		if (!head.startsWith("{") && !head.startsWith("[") && !head.startsWith("<")) {
			return plainText(body);
		}
		return structured(body);
	}

	private static String structured(byte[] body) {
		if (JsonBodies.looksLikeHtml(body)) {
			Matcher title = TITLE.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8));
			return title.find() ? "HTML page '" + title.group(1).strip() + "'" : "HTML page";
		}
		try {
			JsonNode root = JsonBodies.tree(body);
			JsonNode error = root.path("error");
			if (error.isString()) {
				return "'" + error.asString() + "'";
			}
			JsonNode status = error.isObject() ? error.path("status") : root.path("status");
			if (status.isObject()) {
				return "error " + status.path("error_code").asString("?") + " '"
						+ status.path("error_message").asString("") + "'";
			}
			return "unrecognised JSON error body";
		}
		catch (JacksonException ex) {
			return plainText(body);
		}
	}

	/** A short text body verbatim on one line; anything else by its size only. */
	private static String plainText(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
		boolean printable = body.length <= 200 && !text.isEmpty()
				&& text.chars().allMatch((c) -> c >= 0x20 && c != 0x7f || c == '\n' || c == '\r' || c == '\t');
		if (!printable || text.startsWith("{") || text.startsWith("[")) {
			return "unparseable body (" + body.length + " bytes)";
		}
		return "'" + text.replaceAll("\\s+", " ") + "'";
	}

}
