package io.cryptoviz.simulator.coingecko;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.ErrorBodies;
import io.cryptoviz.simulator.fault.BadPrices;
import io.cryptoviz.simulator.market.Asset;
import io.cryptoviz.simulator.market.Market;
import io.cryptoviz.simulator.market.Snapshot;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * CoinGecko's {@code /api/v3} endpoints. Only {@code usd} is quoted.
 */
@RestController
@RequestMapping("/api/v3")
class CoinGeckoController {

	/** CoinGecko serves at most 250 items per page and caps larger requests. */
	static final int MAX_PER_PAGE = 250;

	private static final Map<String, Comparator<Row>> ORDERS = Map.of("market_cap_desc",
			Comparator.comparingDouble(Row::marketCap).reversed(), "market_cap_asc",
			Comparator.comparingDouble(Row::marketCap), "volume_desc",
			Comparator.comparingDouble(Row::volume).reversed(), "volume_asc", Comparator.comparingDouble(Row::volume),
			"id_asc", Comparator.comparing(Row::id), "id_desc", Comparator.comparing(Row::id).reversed());

	private final Market market;

	private final MarketChart charts;

	CoinGeckoController(Market market, MarketChart charts) {
		this.market = market;
		this.charts = charts;
	}

	@GetMapping("/ping")
	Map<String, String> ping() {
		return Map.of("gecko_says", "(V3) To the Moon!");
	}

	@GetMapping("/coins/markets")
	ResponseEntity<JsonNode> markets(@RequestParam(name = "vs_currency", required = false) @Nullable String vsCurrency,
			@RequestParam(required = false) @Nullable String ids,
			@RequestParam(defaultValue = "market_cap_desc") String order,
			@RequestParam(name = "per_page", defaultValue = "100") int perPage,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request) {
		ResponseEntity<JsonNode> invalid = checkCurrency(vsCurrency);
		if (invalid != null) {
			return invalid;
		}
		Comparator<Row> comparator = ORDERS.get(order);
		if (comparator == null) {
			return ResponseEntity.badRequest().body(ErrorBodies.coinGeckoError("invalid order"));
		}
		Instant now = this.market.now();
		List<Row> all = this.market.assets()
			.stream()
			.map((asset) -> new Row(asset, this.market.snapshot(asset, Source.COINGECKO, now)))
			.toList();
		Map<String, Integer> ranks = rankByMarketCap(all);
		Set<String> wanted = (ids != null) ? Arrays.stream(ids.split(","))
			.map(String::strip)
			.map((id) -> id.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet()) : null;
		int size = Math.clamp(perPage, 1, MAX_PER_PAGE);
		List<Row> selected = all.stream()
			.filter((row) -> wanted == null || wanted.contains(row.id()))
			.sorted(comparator)
			.skip((long) (Math.max(page, 1) - 1) * size)
			.limit(size)
			.toList();
		ArrayNode body = JsonNodeFactory.instance.arrayNode();
		boolean corrupt = BadPrices.requested(request);
		for (int i = 0; i < selected.size(); i++) {
			Row row = selected.get(i);
			ObjectNode item = MarketsItem.of(row.snapshot(), ranks.get(row.id()));
			if (corrupt) {
				item.set("current_price", BadPrices.price(i, item.get("current_price").asDouble()));
			}
			body.add(item);
		}
		return ResponseEntity.ok(body);
	}

	@GetMapping("/coins/{id}/market_chart")
	ResponseEntity<JsonNode> marketChart(@PathVariable String id,
			@RequestParam(name = "vs_currency", required = false) @Nullable String vsCurrency,
			@RequestParam(required = false) @Nullable String days, HttpServletRequest request) {
		ResponseEntity<JsonNode> invalid = checkCurrency(vsCurrency);
		if (invalid != null) {
			return invalid;
		}
		Asset asset = this.market.find(id);
		if (asset == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBodies.coinGeckoError("coin not found"));
		}
		if (days == null) {
			return ResponseEntity.badRequest().body(ErrorBodies.coinGeckoError("Missing parameter days"));
		}
		return this.charts.respond(asset, days, BadPrices.requested(request));
	}

	private static @Nullable ResponseEntity<JsonNode> checkCurrency(@Nullable String vsCurrency) {
		if (vsCurrency == null || vsCurrency.isBlank()) {
			return ResponseEntity.badRequest().body(ErrorBodies.coinGeckoError("Missing parameter vs_currency"));
		}
		if (!"usd".equalsIgnoreCase(vsCurrency)) {
			return ResponseEntity.badRequest().body(ErrorBodies.coinGeckoError("invalid vs_currency"));
		}
		return null;
	}

	private static Map<String, Integer> rankByMarketCap(List<Row> rows) {
		List<Row> ordered = rows.stream().sorted(ORDERS.get("market_cap_desc")).toList();
		Map<String, Integer> ranks = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			ranks.put(ordered.get(i).id(), i + 1);
		}
		return ranks;
	}

	private record Row(Asset asset, Snapshot snapshot) {

		String id() {
			return this.asset.cgId();
		}

		double marketCap() {
			return this.snapshot.marketCap();
		}

		double volume() {
			return this.snapshot.volume24h();
		}

	}

}
