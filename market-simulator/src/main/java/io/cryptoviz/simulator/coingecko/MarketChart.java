package io.cryptoviz.simulator.coingecko;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.ErrorBodies;
import io.cryptoviz.simulator.base.Timestamps;
import io.cryptoviz.simulator.fault.BadPrices;
import io.cryptoviz.simulator.market.Asset;
import io.cryptoviz.simulator.market.Market;
import io.cryptoviz.simulator.market.Snapshot;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /coins/{id}/market_chart} with CoinGecko's automatic granularity: 5-minute
 * points for one day, hourly for 2 to 90 days, daily at 00:00 UTC beyond. As on CoinGecko
 * the last point is "now" and carries the live price, so history meets the live quote.
 */
@Component
class MarketChart {

	/** Keyless and Demo users only get the past 365 days. */
	static final int MAX_DAYS = 365;

	static final String RANGE_MESSAGE = "Your request exceeds the allowed time range. Public API users are limited "
			+ "to querying historical data within the past 365 days. Upgrade to a paid plan to enjoy full historical "
			+ "data access: https://www.coingecko.com/en/api/pricing. ";

	private final Market market;

	MarketChart(Market market) {
		this.market = market;
	}

	ResponseEntity<JsonNode> respond(Asset asset, String daysParameter, boolean corrupt) {
		Instant now = this.market.now();
		int days;
		if ("max".equalsIgnoreCase(daysParameter)) {
			days = Integer.MAX_VALUE;
		}
		else {
			try {
				days = Integer.parseInt(daysParameter.strip());
			}
			catch (NumberFormatException ex) {
				return ResponseEntity.badRequest().body(ErrorBodies.coinGeckoError("invalid days"));
			}
		}
		if (days < 1) {
			return ResponseEntity.badRequest().body(ErrorBodies.coinGeckoError("invalid days"));
		}
		if (days > MAX_DAYS) {
			// CoinGecko answers this with 401 (observed: "Unauthorized" for >1 year on
			// the public API).
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(rangeError(now));
		}
		return ResponseEntity.ok(chart(asset, days, now, corrupt));
	}

	private JsonNode chart(Asset asset, int days, Instant now, boolean corrupt) {
		Snapshot live = this.market.snapshot(asset, Source.COINGECKO, now);
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		ArrayNode prices = body.putArray("prices");
		ArrayNode caps = body.putArray("market_caps");
		ArrayNode volumes = body.putArray("total_volumes");
		List<Instant> times = grid(days, now);
		for (int i = 0; i <= times.size(); i++) {
			boolean last = i == times.size();
			Instant at = last ? now : times.get(i);
			double price = last ? live.price() : this.market.price(asset, Source.COINGECKO, at);
			long millis = at.toEpochMilli();
			prices.addArray()
				.add(millis)
				.add(corrupt ? BadPrices.price(i, price) : JsonNodeFactory.instance.numberNode(price));
			caps.addArray().add(millis).add(price * asset.circulatingSupply());
			volumes.addArray().add(millis).add(this.market.volume24h(asset, at));
		}
		return body;
	}

	/** The grid points in (now - days, now), oldest first. */
	static List<Instant> grid(int days, Instant now) {
		Duration step;
		Instant first;
		Instant from = now.minus(Duration.ofDays(days));
		if (days == 1) {
			step = Duration.ofMinutes(5);
			first = floor(from, step).plus(step);
		}
		else if (days <= 90) {
			step = Duration.ofHours(1);
			first = from.truncatedTo(ChronoUnit.HOURS).plus(step);
		}
		else {
			step = Duration.ofDays(1);
			first = from.truncatedTo(ChronoUnit.DAYS).plus(step);
		}
		List<Instant> grid = new ArrayList<>();
		for (Instant at = first; at.isBefore(now); at = at.plus(step)) {
			grid.add(at);
		}
		return grid;
	}

	private static Instant floor(Instant at, Duration step) {
		long millis = step.toMillis();
		return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
	}

	private static JsonNode rangeError(Instant now) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.putObject("error")
			.putObject("status")
			.put("timestamp", Timestamps.isoMillisOffset(now))
			.put("error_code", 10012)
			.put("error_message", RANGE_MESSAGE);
		return body;
	}

}
