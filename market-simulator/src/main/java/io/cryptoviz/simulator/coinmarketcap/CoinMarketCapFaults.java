package io.cryptoviz.simulator.coinmarketcap;

import java.time.Instant;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.ErrorBodies;
import io.cryptoviz.simulator.base.ProviderFaults;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** CoinMarketCap's failure bodies: the status envelope, 1008 for a rate limit. */
@Component
class CoinMarketCapFaults implements ProviderFaults {

	@Override
	public Source source() {
		return Source.COINMARKETCAP;
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
