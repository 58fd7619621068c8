package io.cryptoviz.simulator.requests;

import io.cryptoviz.simulator.RunningSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogTest {

	static RunningSimulator simulator;

	@BeforeAll
	static void start() {
		simulator = RunningSimulator.start("--cryptoviz.simulator.request-log-size=3");
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void reset() {
		simulator.delete("/admin/requests");
	}

	@Test
	void counts_requests_per_endpoint_with_coin_ids_folded() {
		simulator.get("/api/v3/coins/markets?vs_currency=usd");
		simulator.get("/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=1");
		simulator.get("/api/v3/coins/ethereum/market_chart?vs_currency=usd&days=1");
		simulator.get("/v1/cryptocurrency/listings/latest");
		JsonNode log = simulator.get("/admin/requests").json();
		assertThat(log.get("total").asLong()).isEqualTo(4);
		JsonNode counts = log.get("byEndpoint");
		assertThat(counts.get("GET /api/v3/coins/markets").asLong()).isEqualTo(1);
		assertThat(counts.get("GET /api/v3/coins/{id}/market_chart").asLong()).isEqualTo(2);
		assertThat(counts.get("GET /v1/cryptocurrency/listings/latest").asLong()).isEqualTo(1);
	}

	@Test
	void keeps_only_the_most_recent_requests_with_status_and_query() {
		for (int i = 0; i < 5; i++) {
			simulator.get("/api/v3/ping?n=" + i);
		}
		simulator.get("/v1/cryptocurrency/listings/latest");
		JsonNode recent = simulator.get("/admin/requests").json().get("recent");
		assertThat(recent.size()).isEqualTo(3);
		assertThat(recent.get(1).get("query").asString()).isEqualTo("n=4");
		assertThat(recent.get(2).get("status").asInt()).isEqualTo(401);
		assertThat(recent.get(2).get("simulatedAt").asString()).isEqualTo("2026-03-01T12:00:07.250Z");
	}

	@Test
	void admin_and_actuator_requests_are_not_counted() {
		simulator.get("/admin/faults");
		simulator.get("/actuator/health");
		assertThat(simulator.get("/admin/requests").json().get("total").asLong()).isZero();
	}

}
