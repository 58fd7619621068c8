package io.cryptoviz.simulator.base;

import java.time.Instant;

import io.cryptoviz.model.Source;

import tools.jackson.databind.JsonNode;

/**
 * How one simulated provider fails: its rate-limit and server-error bodies and the host
 * its CDN pages name. Each provider package declares one as a bean, so fault injection
 * learns a new provider without a change of its own.
 */
public interface ProviderFaults {

	Source source();

	/** The provider's documented 429 body. */
	JsonNode rateLimited(Instant now);

	/** The provider's body for a 5xx. */
	JsonNode serverError(Instant now, int status, String message);

	/** The public host, e.g. {@code api.coingecko.com}, for CDN error pages. */
	String host();

}
