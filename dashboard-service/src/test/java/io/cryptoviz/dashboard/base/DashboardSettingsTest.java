package io.cryptoviz.dashboard.base;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardSettingsTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class)
		.withPropertyValues("cryptoviz.dashboard.database-path=data/cryptoviz.duckdb");

	@Test
	void defaults_are_the_documented_values() {
		this.runner.run(context -> {
			DashboardSettings settings = context.getBean(DashboardSettings.class);
			assertThat(settings.cacheTtl()).isEqualTo(Duration.ofSeconds(30));
			assertThat(settings.maxPoints()).isEqualTo(1000);
			assertThat(settings.autoRefresh()).isEqualTo(Duration.ofSeconds(60));
			assertThat(settings.lock().waitBound()).isEqualTo(Duration.ofSeconds(3));
			assertThat(settings.freshness().fresh()).isEqualTo(Duration.ofMinutes(10));
			assertThat(settings.freshness().stale()).isEqualTo(Duration.ofMinutes(30));
		});
	}

	@Nested
	class A_bad_value_stops_startup_naming_the_setting_the_range_and_the_value {

		@ParameterizedTest(name = "{0}={1}")
		@CsvSource(delimiter = ';',
				value = { "cache-ttl; 0s; cacheTtl; PT0S; must be between 1s and 10m",
						"cache-ttl; 11m; cacheTtl; PT11M; must be between 1s and 10m",
						"max-points; 10; maxPoints; 10; must be between 50 and 5000",
						"max-points; 100000; maxPoints; 100000; must be between 50 and 5000",
						"auto-refresh; 1s; autoRefresh; PT1S; must be between 5s and 1h",
						"lock.wait-bound; 1m; lock.waitBound; PT1M; must be between 100ms and 30s",
						"lock.initial-backoff; 0ms; lock.initialBackoff; PT0S; must be between 1ms and 1s",
						"lock.ui-retry; 10m; lock.uiRetry; PT10M; must be between 1s and 5m",
						"freshness.fresh; 0s; freshness.fresh; PT0S; must be between 1m and 1d" })
		void out_of_range(String property, String value, String field, String shown, String range) {
			runner.withPropertyValues("cryptoviz.dashboard." + property + "=" + value).run(context -> {
				assertThat(context).hasFailed();
				String message = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage();
				assertThat(message).contains("cryptoviz.dashboard", field, "[" + shown + "]", range);
			});
		}

		@Test
		void stale_must_be_longer_than_fresh() {
			runner
				.withPropertyValues("cryptoviz.dashboard.freshness.fresh=30m",
						"cryptoviz.dashboard.freshness.stale=20m")
				.run(context -> assertThat(context).getFailure()
					.rootCause()
					.hasMessage("cryptoviz.dashboard.freshness.stale (PT20M) must be longer than "
							+ "cryptoviz.dashboard.freshness.fresh (PT30M)"));
		}

		@Test
		void max_backoff_must_not_be_shorter_than_initial_backoff() {
			runner
				.withPropertyValues("cryptoviz.dashboard.lock.initial-backoff=500ms",
						"cryptoviz.dashboard.lock.max-backoff=100ms")
				.run(context -> assertThat(context).getFailure()
					.rootCause()
					.hasMessageContaining("cryptoviz.dashboard.lock.max-backoff (PT0.1S)"));
		}

		@Test
		void a_missing_database_path_is_named() {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
				.withUserConfiguration(Settings.class)
				.run(context -> assertThat(
						NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage())
					.contains("databasePath", "must not be null"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DashboardSettings.class)
	static class Settings {

	}

}
