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
 * plain-text bodies (a rate limiter's {@code text/plain} 429, Cloudflare's
 * {@code error code: 1015}). Any text taken from a body is quoted at most
 * {@value #MAX_QUOTED} characters long with control characters escaped, so one body can
 * neither flood nor split a log line. What a code inside a provider's envelope means is
 * up to that provider's package.
 */
public final class ErrorBodies {

	private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern
		.compile("<title>\\s*([^<]{1,100})\\s*</title>", java.util.regex.Pattern.CASE_INSENSITIVE);

	/** Longest text quoted from a body. */
	public static final int MAX_QUOTED = 200;

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
				return quoted(error.asString());
			}
			JsonNode status = error.isObject() ? error.path("status") : root.path("status");
			if (status.isObject()) {
				return "error " + status.path("error_code").asString("?") + " "
						+ quoted(status.path("error_message").asString(""));
			}
			return "unrecognised JSON error body";
		}
		catch (JacksonException ex) {
			return plainText(body);
		}
	}

	/** A text body quoted on one line; only an empty one is described by its size. */
	private static String plainText(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, MAX_QUOTED * 4), StandardCharsets.UTF_8).strip();
		return text.isEmpty() ? "blank body (" + body.length + " bytes)" : quoted(text);
	}

	/**
	 * The text in single quotes, control characters escaped (newline as a backslash and
	 * n, others as a backslash-u code), cut to {@value #MAX_QUOTED} characters with an
	 * ellipsis.
	 */
	public static String quoted(String text) {
		StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 8).append('\'');
		int shown = 0;
		for (int i = 0; i < text.length() && shown < MAX_QUOTED; i++, shown++) {
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append((text.length() > MAX_QUOTED) ? "…'" : "'").toString();
	}

}
