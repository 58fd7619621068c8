package io.cryptoviz.simulator.coinmarketcap;

import java.time.Instant;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.ErrorBodies;
import io.cryptoviz.simulator.base.SimulatedProvider;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * CoinMarketCap under {@code /v1/}; its failure bodies are the status envelope, 1008 for
 * a rate limit.
 */
@Component
class CoinMarketCapProvider implements SimulatedProvider {

	@Override
	public Source source() {
		return Source.COINMARKETCAP;
	}

	@Override
	public int seedIndex() {
		return 1;
	}

	/** As in {@code https://pro-api.coinmarketcap.com/v1}. */
	@Override
	public String pathRoot() {
		return "/v1/";
	}

	@Override
	public JsonNode rateLimited(Instant now) {
		return ErrorBodies.coinMarketCap(now, 1008, ErrorBodies.COINMARKETCAP_RATE_LIMIT);
	}

	@Override
	public JsonNode serverError(Instant now, int status, String message) {
		return ErrorBodies.coinMarketCap(now, status, message);
	}

	@Override
	public String host() {
		return "pro-api.coinmarketcap.com";
	}

}
