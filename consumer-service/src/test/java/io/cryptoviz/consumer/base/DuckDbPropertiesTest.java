package io.cryptoviz.consumer.base;

import io.cryptoviz.store.file.DuckDbSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class DuckDbPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(DuckDbOnly.class);

	@Test
	void defaults_are_192_mib_and_2_threads_for_a_small_machine() {
		this.runner.run((context) -> assertThat(context.getBean(DuckDbProperties.class).settings())
			.isEqualTo(new DuckDbSettings(192L * 1024 * 1024, 2)));
	}

	@Test
	void zero_for_both_leaves_duckdbs_own_defaults() {
		this.runner
			.withPropertyValues("cryptoviz.consumer.duckdb.memory-limit=0", "cryptoviz.consumer.duckdb.threads=0")
			.run((context) -> assertThat(context.getBean(DuckDbProperties.class).settings())
				.isEqualTo(DuckDbSettings.ENGINE_DEFAULTS));
	}

	@Test
	void a_memory_limit_under_16mb_stops_startup_naming_the_setting_and_the_value() {
		this.runner.withPropertyValues("cryptoviz.consumer.duckdb.memory-limit=8MB")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cryptoviz.consumer.duckdb.memory-limit must be between 16MB and 64GB")
				.hasMessageContaining("8388608B"));
	}

	@Test
	void more_than_256_threads_stop_startup() {
		this.runner.withPropertyValues("cryptoviz.consumer.duckdb.threads=300")
			.run((context) -> assertThat(context).getFailure().hasStackTraceContaining("threads"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DuckDbProperties.class)
	static class DuckDbOnly {

	}

}
