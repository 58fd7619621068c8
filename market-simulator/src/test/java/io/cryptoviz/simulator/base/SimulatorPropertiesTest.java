package io.cryptoviz.simulator.base;

import java.time.Instant;
import java.util.Map;

import io.cryptoviz.simulator.RunningSimulator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorPropertiesTest {

	/** Starting fails; the messages of the failure and its causes, joined. */
	private static String startupFailure(String... arguments) {
		StringBuilder messages = new StringBuilder();
		assertThatThrownBy(() -> RunningSimulator.start(arguments).close()).satisfies((failure) -> {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				messages.append(cause.getMessage()).append('\n');
			}
		});
		return messages.toString();
	}

	@Nested
	class Rejects {

		@Test
		void a_spread_above_one_percent() {
			assertThat(startupFailure("--cryptoviz.simulator.spread=0.05")).contains("cryptoviz.simulator.spread",
					"between 0 and 0.01", "0.05");
		}

		@Test
		void a_negative_spread() {
			assertThat(startupFailure("--cryptoviz.simulator.spread=-0.001")).contains("cryptoviz.simulator.spread",
					"between 0 and 0.01", "-0.001");
		}

		@Test
		void an_asset_count_of_zero() {
			assertThat(startupFailure("--cryptoviz.simulator.asset-count=0"))
				.contains("cryptoviz.simulator.asset-count", "between 1 and 21", "[0]");
		}

		@Test
		void more_assets_than_the_catalog_holds() {
			assertThat(startupFailure("--cryptoviz.simulator.asset-count=22"))
				.contains("cryptoviz.simulator.asset-count", "between 1 and 21", "[22]");
		}

		@Test
		void a_blank_cmc_api_key() {
			assertThat(startupFailure("--cryptoviz.simulator.cmc-api-key= "))
				.contains("cryptoviz.simulator.cmc-api-key must not be blank");
		}

		@Test
		void a_request_log_of_size_zero() {
			assertThat(startupFailure("--cryptoviz.simulator.request-log-size=0"))
				.contains("cryptoviz.simulator.request-log-size", "between 1 and 100000", "[0]");
		}

		@Test
		void a_configured_fault_with_count_zero() {
			assertThat(startupFailure("--cryptoviz.simulator.faults.coingecko.fault=RATE_LIMIT",
					"--cryptoviz.simulator.faults.coingecko.count=0"))
				.contains("count must be at least 1", "[0]");
		}

		@Test
		void a_configured_slow_fault_longer_than_ten_minutes() {
			assertThat(startupFailure("--cryptoviz.simulator.faults.coinmarketcap.fault=SLOW",
					"--cryptoviz.simulator.faults.coinmarketcap.delay=11m"))
				.contains("delay must be between 0s and 10m", "PT11M");
		}

		@Test
		void a_configured_fault_for_a_key_that_names_no_provider() {
			assertThat(startupFailure("--cryptoviz.simulator.faults.kraken.fault=RATE_LIMIT")).contains(
					"cryptoviz.simulator.faults.kraken names no simulated provider",
					"the provider keys are coingecko, coinmarketcap, coinpaprika");
		}

		@Test
		void an_unknown_fault_kind() {
			assertThat(startupFailure("--cryptoviz.simulator.faults.coingecko.fault=EXPLODE"))
				.contains("cryptoviz.simulator.faults.coingecko.fault", "EXPLODE");
		}

	}

	@Test
	void startup_faults_bind_from_the_same_environment_variables_as_before() {
		Binder binder = new Binder(ConfigurationPropertySources
			.from(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("CRYPTOVIZ_SIMULATOR_FAULTS_COINPAPRIKA_FAULT", "RATE_LIMIT",
							"CRYPTOVIZ_SIMULATOR_FAULTS_COINPAPRIKA_COUNT", "2",
							"CRYPTOVIZ_SIMULATOR_FAULTS_COINMARKETCAP_FAULT", "SLOW"))));
		SimulatorProperties properties = binder.bindOrCreate("cryptoviz.simulator", SimulatorProperties.class);
		assertThat(properties.faults()).containsOnlyKeys("coinpaprika", "coinmarketcap");
		assertThat(properties.faults().get("coinpaprika").fault()).isEqualTo(FaultKind.RATE_LIMIT);
		assertThat(properties.faults().get("coinpaprika").count()).isEqualTo(2);
		assertThat(properties.faults().get("coinmarketcap").fault()).isEqualTo(FaultKind.SLOW);
	}

	@Test
	void to_string_never_shows_the_cmc_api_key() {
		SimulatorProperties properties = new SimulatorProperties(1, 21, 0.002, "very-secret-key",
				Instant.parse("2026-01-01T00:00:00Z"), 10, Map.of());
		assertThat(properties.toString()).doesNotContain("very-secret-key").contains("cmcApiKey=***");
	}

}
