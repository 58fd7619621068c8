package io.cryptoviz.simulator.coingecko;

import java.time.Instant;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.ErrorBodies;
import io.cryptoviz.simulator.base.SimulatedProvider;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * CoinGecko under {@code /api/v3/}; its failure bodies are the {@code status} envelope.
 */
@Component
class CoinGeckoProvider implements SimulatedProvider {

	@Override
	public Source source() {
		return Source.COINGECKO;
	}

	@Override
	public int seedIndex() {
		return 0;
	}

	/** As in {@code https://api.coingecko.com/api/v3}. */
	@Override
	public String pathRoot() {
		return "/api/v3/";
	}

	@Override
	public JsonNode rateLimited(Instant now) {
		return ErrorBodies.coinGeckoStatus(429, ErrorBodies.COINGECKO_RATE_LIMIT);
	}

	@Override
	public JsonNode serverError(Instant now, int status, String message) {
		return ErrorBodies.coinGeckoStatus(status, message);
	}

	@Override
	public String host() {
		return "api.coingecko.com";
	}

}
