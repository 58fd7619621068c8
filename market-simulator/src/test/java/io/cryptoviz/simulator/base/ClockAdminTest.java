package io.cryptoviz.simulator.base;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.cryptoviz.simulator.RunningSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ClockAdminTest {

	static RunningSimulator simulator;

	@BeforeAll
	static void start() {
		simulator = RunningSimulator.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void freeze() {
		simulator.post("/admin/clock", "{\"instant\":\"" + RunningSimulator.FROZEN_AT + "\"}");
	}

	@Test
	void advancing_the_clock_moves_quotes_forward() {
		String before = bitcoin().get("last_updated").asString();
		RunningSimulator.Reply moved = simulator.post("/admin/clock", "{\"advance\":\"PT5M\"}");
		assertThat(moved.json().get("now").asString()).isEqualTo("2026-03-01T12:05:07.250Z");
		assertThat(Instant.parse(bitcoin().get("last_updated").asString()))
			.isAfter(Instant.parse(before).plusSeconds(200));
	}

	@Test
	void history_seen_earlier_is_unchanged_an_hour_later() {
		Map<Long, Double> earlier = prices();
		simulator.post("/admin/clock", "{\"advance\":\"PT1H\"}");
		Map<Long, Double> later = prices();
		Map<Long, Double> shared = new HashMap<>(earlier);
		shared.keySet().retainAll(later.keySet());
		assertThat(shared).hasSizeGreaterThan(200);
		shared.forEach((at, price) -> assertThat(later.get(at)).isEqualTo(price));
	}

	@Test
	void releasing_the_clock_follows_system_time() {
		JsonNode released = simulator.delete("/admin/clock").json();
		assertThat(released.get("frozen").asBoolean()).isFalse();
		assertThat(Instant.parse(released.get("now").asString())).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
	}

	@Test
	void a_change_without_instant_or_advance_is_a_400() {
		assertThat(simulator.post("/admin/clock", "{}").status()).isEqualTo(400);
	}

	private static JsonNode bitcoin() {
		return simulator.get("/api/v3/coins/markets?vs_currency=usd&ids=bitcoin").json().get(0);
	}

	/** Grid points of the last day, without the live "now" point. */
	private static Map<Long, Double> prices() {
		JsonNode prices = simulator.get("/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=1")
			.json()
			.get("prices");
		Map<Long, Double> byTime = new HashMap<>();
		for (int i = 0; i < prices.size() - 1; i++) {
			byTime.put(prices.get(i).get(0).asLong(), prices.get(i).get(1).asDouble());
		}
		return byTime;
	}

}
