package io.cryptoviz.simulator.coinpaprika;

import java.time.Instant;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.ProviderFaults;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * CoinPaprika's failure bodies: its one documented shape, {@code {"error":"..."}}.
 * Production may send the 429 as {@code text/plain} instead
 * (docs/providers/coinpaprika.md §6); the scraper's tests cover that variant.
 */
@Component
class CoinPaprikaFaults implements ProviderFaults {

	/** The 429 message of CoinPaprika's OpenAPI error schema. */
	static final String RATE_LIMIT = "you have reached maximum request limit";

	static JsonNode error(String message) {
		return JsonNodeFactory.instance.objectNode().put("error", message);
	}

	@Override
	public Source source() {
		return Source.COINPAPRIKA;
	}

	@Override
	public JsonNode rateLimited(Instant now) {
		return error(RATE_LIMIT);
	}

	@Override
	public JsonNode serverError(Instant now, int status, String message) {
		return error(message);
	}

	@Override
	public String host() {
		return "api.coinpaprika.com";
	}

}
