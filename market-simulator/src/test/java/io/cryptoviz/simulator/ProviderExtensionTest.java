package io.cryptoviz.simulator;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.Providers;
import io.cryptoviz.simulator.base.StubProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fourth provider that is nothing but one {@code SimulatedProvider} bean: routing,
 * startup faults, the admin API and the request log find it through that bean alone.
 */
class ProviderExtensionTest {

	private static final Source KRAKEN = Source.of("KRAKEN");

	private static final StubProvider KRAKEN_PROVIDER = new StubProvider(KRAKEN, 3, "/0/public/");

	static RunningSimulator simulator;

	@BeforeAll
	static void start() {
		simulator = RunningSimulator.startWith(KRAKEN_PROVIDER);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void its_startup_fault_answers_its_path_with_its_own_error_body() {
		try (RunningSimulator faulted = RunningSimulator.startWith(KRAKEN_PROVIDER,
				"--cryptoviz.simulator.faults.kraken.fault=SERVER_ERROR_500",
				"--cryptoviz.simulator.faults.kraken.count=1")) {
			JsonNode faults = faulted.get("/admin/faults").json();
			assertThat(faults.get("kraken").get("fault").asString()).isEqualTo("SERVER_ERROR_500");

			RunningSimulator.Reply reply = faulted.get("/0/public/Ticker");
			assertThat(reply.status()).isEqualTo(500);
			assertThat(reply.json().get("stub").asString()).isNotBlank();
			assertThat(faulted.get("/admin/requests").body()).contains("/0/public/Ticker");
		}
	}

	@Test
	void the_admin_api_lists_and_accepts_it() {
		assertThat(simulator.get("/admin/faults").json().propertyNames()).containsExactly("coingecko", "coinmarketcap",
				"coinpaprika", "kraken");
		assertThat(simulator.post("/admin/faults", "{\"source\":\"nope\",\"fault\":\"RATE_LIMIT\"}").body())
			.contains("coingecko, coinmarketcap, coinpaprika, kraken or all");
		assertThat(simulator.post("/admin/faults", "{\"source\":\"kraken\",\"fault\":\"RATE_LIMIT\",\"count\":1}")
			.status()).isEqualTo(200);
		assertThat(simulator.get("/0/public/Ticker").status()).isEqualTo(429);
		assertThat(simulator.get("/0/public/Ticker").status()).isEqualTo(404);
	}

	@Test
	void the_shipped_providers_keep_their_seed_indexes() {
		Providers providers = simulator.context().getBean(Providers.class);
		assertThat(providers.sources()).containsExactly(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA,
				KRAKEN);
		assertThat(providers.seedIndex(Source.COINPAPRIKA)).isEqualTo(2);
	}

}
