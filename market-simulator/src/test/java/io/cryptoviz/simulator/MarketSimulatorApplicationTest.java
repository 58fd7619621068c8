package io.cryptoviz.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarketSimulatorApplicationTest {

	@Test
	void starts_on_a_random_port_and_reports_health() {
		try (RunningSimulator simulator = RunningSimulator.start()) {
			RunningSimulator.Reply health = simulator.get("/actuator/health");
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.json().get("status").asString()).isEqualTo("UP");
		}
	}

	@Test
	void reads_its_own_config_file_and_ignores_an_embedding_services_application_properties() {
		// src/test/resources/application.properties stands for the scraper's file on a
		// shared classpath.
		try (RunningSimulator simulator = RunningSimulator.start()) {
			assertThat(simulator.context().getEnvironment().getProperty("spring.application.name"))
				.isEqualTo("market-simulator");
			assertThat(simulator.context().getEnvironment().getProperty("embedding.service.marker")).isNull();
		}
	}

	@Test
	void does_not_leak_its_config_name_into_system_properties() {
		try (RunningSimulator simulator = RunningSimulator.start()) {
			assertThat(simulator.baseUrl()).startsWith("http://127.0.0.1:");
			assertThat(System.getProperty("spring.config.name")).isNull();
		}
	}

}
