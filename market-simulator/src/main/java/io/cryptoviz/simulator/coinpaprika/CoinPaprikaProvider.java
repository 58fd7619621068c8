package io.cryptoviz.simulator.coinpaprika;

import java.time.Instant;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.SimulatedProvider;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * CoinPaprika at {@code /v1/tickers}; its failure bodies have its one documented shape,
 * {@code {"error":"..."}}. Production may send the 429 as {@code text/plain} instead
 * (docs/providers/coinpaprika.md §6); the scraper's tests cover that variant.
 */
@Component
class CoinPaprikaProvider implements SimulatedProvider {

	/**
	 * Path of the tickers, as in {@code https://api.coinpaprika.com/v1/tickers}. It lies
	 * under CoinMarketCap's {@code /v1/}; being the longer root, it wins.
	 */
	static final String TICKERS = "/v1/tickers";

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
	public int seedIndex() {
		return 2;
	}

	@Override
	public String pathRoot() {
		return TICKERS;
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
