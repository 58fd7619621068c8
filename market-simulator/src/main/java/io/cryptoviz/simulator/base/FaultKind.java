package io.cryptoviz.simulator.base;

/**
 * The ways a simulated provider can misbehave.
 */
public enum FaultKind {

	/** 429 with the provider's rate-limit body and a {@code Retry-After} in seconds. */
	RATE_LIMIT_RETRY_AFTER,
	/** 429 with a {@code Retry-After} given as an HTTP date. */
	RATE_LIMIT_RETRY_AFTER_DATE,
	/** 429 with the provider's rate-limit body and no {@code Retry-After}. */
	RATE_LIMIT,
	/** 500 with the provider's JSON error body. */
	SERVER_ERROR_500,
	/** 503 with the provider's JSON error body. */
	SERVICE_UNAVAILABLE_503,
	/** A Cloudflare-style HTML page with {@code text/html} (status 503 unless set). */
	HTML_ERROR,
	/** The normal response cut off mid-way, still labelled {@code application/json}. */
	TRUNCATED_JSON,
	/**
	 * Some items carry a null, negative or {@code "NaN"} price; the others stay valid.
	 */
	BAD_PRICES,
	/** The normal response after a delay, to run past a client's read timeout. */
	SLOW

}
