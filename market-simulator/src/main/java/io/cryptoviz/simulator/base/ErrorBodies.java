package io.cryptoviz.simulator.base;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The providers' documented error body shapes.
 */
public final class ErrorBodies {

	/** CoinGecko's 429 message, verbatim from a recorded response. */
	public static final String COINGECKO_RATE_LIMIT = "You've exceeded the Rate Limit. Please visit "
			+ "https://www.coingecko.com/en/api/pricing to subscribe to our API plans for higher rate limits.";

	/** CoinMarketCap's 1008 message. */
	public static final String COINMARKETCAP_RATE_LIMIT = "You've exceeded your API Key's HTTP request rate limit. "
			+ "Rate limits reset every minute.";

	/**
	 * CoinPaprika's documented 429 message (its OpenAPI error schema); production may
	 * send it as {@code text/plain} instead, see docs/providers/coinpaprika.md §6.
	 */
	public static final String COINPAPRIKA_RATE_LIMIT = "you have reached maximum request limit";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ErrorBodies() {
	}

	/**
	 * {@code {"status":{"error_code":429,"error_message":"..."}}}: rate limit and key
	 * errors.
	 */
	public static JsonNode coinGeckoStatus(int code, String message) {
		ObjectNode body = NODES.objectNode();
		body.putObject("status").put("error_code", code).put("error_message", message);
		return body;
	}

	/** {@code {"error":"coin not found"}} and the other plain CoinGecko errors. */
	public static JsonNode coinGeckoError(String message) {
		return NODES.objectNode().put("error", message);
	}

	/**
	 * CoinMarketCap's status envelope for an error: no {@code data}, no credits charged.
	 */
	public static JsonNode coinMarketCap(Instant now, int code, String message) {
		ObjectNode body = NODES.objectNode();
		body.putObject("status")
			.put("timestamp", Timestamps.isoMillis(now))
			.put("error_code", code)
			.put("error_message", message)
			.put("elapsed", 0)
			.put("credit_count", 0);
		return body;
	}

}
