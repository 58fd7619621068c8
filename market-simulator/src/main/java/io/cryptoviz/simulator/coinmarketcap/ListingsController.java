package io.cryptoviz.simulator.coinmarketcap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.ErrorBodies;
import io.cryptoviz.simulator.base.SimulatorProperties;
import io.cryptoviz.simulator.base.Timestamps;
import io.cryptoviz.simulator.fault.BadPrices;
import io.cryptoviz.simulator.market.Market;
import io.cryptoviz.simulator.market.Snapshot;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v1/cryptocurrency/listings/latest}, sorted by market cap, USD only.
 */
@RestController
class ListingsController {

	static final int MAX_LIMIT = 5000;

	/** CMC charges one credit per 200 listings returned. */
	private static final int LISTINGS_PER_CREDIT = 200;

	private final Market market;

	private final byte[] apiKey;

	ListingsController(Market market, SimulatorProperties properties) {
		this.market = market;
		this.apiKey = properties.cmcApiKey().getBytes(StandardCharsets.UTF_8);
	}

	@GetMapping("/v1/cryptocurrency/listings/latest")
	ResponseEntity<JsonNode> listings(@RequestHeader(name = "X-CMC_PRO_API_KEY", required = false) @Nullable String key,
			@RequestParam(name = "CMC_PRO_API_KEY", required = false) @Nullable String queryKey,
			@RequestParam(defaultValue = "1") String start, @RequestParam(defaultValue = "100") String limit,
			@RequestParam(defaultValue = "USD") String convert, HttpServletRequest request) {
		Instant now = this.market.now();
		String given = (key != null) ? key : queryKey;
		if (given == null || given.isBlank()) {
			return error(now, HttpStatus.UNAUTHORIZED, 1002, "API key missing.");
		}
		if (!MessageDigest.isEqual(this.apiKey, given.getBytes(StandardCharsets.UTF_8))) {
			return error(now, HttpStatus.UNAUTHORIZED, 1001, "This API Key is invalid.");
		}
		Integer first = parse(start);
		if (first == null || first < 1) {
			return error(now, HttpStatus.BAD_REQUEST, 400, "\"start\" must be larger than or equal to 1");
		}
		Integer count = parse(limit);
		if (count == null || count < 1 || count > MAX_LIMIT) {
			return error(now, HttpStatus.BAD_REQUEST, 400, "\"limit\" must be between 1 and " + MAX_LIMIT);
		}
		if (!"USD".equalsIgnoreCase(convert.strip())) {
			return error(now, HttpStatus.BAD_REQUEST, 400, "Invalid value for \"convert\": \"" + convert + "\"");
		}
		List<Snapshot> ranked = this.market.assets()
			.stream()
			.map((asset) -> this.market.snapshot(asset, Source.COINMARKETCAP, now))
			.sorted(Comparator.comparingDouble(Snapshot::marketCap).reversed())
			.toList();
		double totalMarketCap = ranked.stream().mapToDouble(Snapshot::marketCap).sum()
				/ ListingItem.SHARE_OF_WHOLE_MARKET;
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		ArrayNode data = JsonNodeFactory.instance.arrayNode();
		boolean corrupt = BadPrices.requested(request);
		List<Snapshot> page = ranked.stream().skip(first - 1L).limit(count).toList();
		for (int i = 0; i < page.size(); i++) {
			ObjectNode item = ListingItem.of(page.get(i), first + i, totalMarketCap);
			if (corrupt) {
				ObjectNode usd = (ObjectNode) item.get("quote").get("USD");
				usd.set("price", BadPrices.price(i, usd.get("price").asDouble()));
			}
			data.add(item);
		}
		body.putObject("status")
			.put("timestamp", Timestamps.isoMillis(now))
			.put("error_code", 0)
			.putNull("error_message")
			.put("elapsed", 10 + page.size() / 10)
			.put("credit_count", Math.max(1, (page.size() + LISTINGS_PER_CREDIT - 1) / LISTINGS_PER_CREDIT))
			.putNull("notice");
		body.set("data", data);
		return ResponseEntity.ok(body);
	}

	private static ResponseEntity<JsonNode> error(Instant now, HttpStatus status, int code, String message) {
		return ResponseEntity.status(status).body(ErrorBodies.coinMarketCap(now, code, message));
	}

	private static @Nullable Integer parse(String number) {
		try {
			return Integer.valueOf(number.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
