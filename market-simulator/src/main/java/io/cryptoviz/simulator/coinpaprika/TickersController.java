package io.cryptoviz.simulator.coinpaprika;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.fault.BadPrices;
import io.cryptoviz.simulator.market.Market;
import io.cryptoviz.simulator.market.Snapshot;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v1/tickers}: every served asset CoinPaprika lists, ranked by market cap, no
 * key (the free plan's root). Only {@code quotes=USD} is simulated.
 */
@RestController
class TickersController {

	private final Market market;

	TickersController(Market market) {
		this.market = market;
	}

	@GetMapping(CoinPaprikaProvider.TICKERS)
	ResponseEntity<JsonNode> tickers(@RequestParam(defaultValue = "USD") String quotes, HttpServletRequest request) {
		if (!"USD".equalsIgnoreCase(quotes.strip())) {
			return ResponseEntity.badRequest()
				.body(CoinPaprikaProvider.error("invalid value of quotes parameter (the simulator serves USD only)"));
		}
		Instant now = this.market.now();
		List<Snapshot> ranked = this.market.assets()
			.stream()
			.filter((asset) -> PaprikaIdentities.of(asset.cgId()) != null)
			.map((asset) -> this.market.snapshot(asset, Source.COINPAPRIKA, now))
			.sorted(Comparator.comparingDouble(Snapshot::marketCap).reversed())
			.toList();
		boolean corrupt = BadPrices.requested(request);
		ArrayNode body = JsonNodeFactory.instance.arrayNode();
		for (int i = 0; i < ranked.size(); i++) {
			Snapshot quote = ranked.get(i);
			ObjectNode item = TickerItem.of(quote, PaprikaIdentities.of(quote.asset().cgId()), i + 1);
			if (corrupt) {
				ObjectNode usd = (ObjectNode) item.get("quotes").get("USD");
				usd.set("price", BadPrices.price(i, usd.get("price").asDouble()));
			}
			body.add(item);
		}
		return ResponseEntity.ok(body);
	}

}
