package io.cryptoviz.simulator.coingecko;

import java.time.Instant;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.ErrorBodies;
import io.cryptoviz.simulator.base.ProviderFaults;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** CoinGecko's failure bodies: the {@code status} envelope. */
@Component
class CoinGeckoFaults implements ProviderFaults {

	@Override
	public Source source() {
		return Source.COINGECKO;
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
