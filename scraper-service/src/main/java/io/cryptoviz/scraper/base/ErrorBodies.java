package io.cryptoviz.scraper.base;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a provider error body into a short sentence. Knows the documented shapes:
 * CoinGecko {@code {"status":{"error_code","error_message"}}} (also CoinMarketCap's
 * envelope), CoinGecko's {@code {"error":{"status":{...}}}} for range errors and
 * {@code {"error":"coin not found"}}, plus Cloudflare HTML pages.
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
			return "unparseable body (" + body.length + " bytes)";
		}
	}

}
