package io.cryptoviz.consumer.base;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import io.cryptoviz.model.RedisKeys;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class ConsumerPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class)
		.withPropertyValues("cryptoviz.consumer.database-path=data/test.duckdb");

	@Test
	void defaults_match_the_issue_and_the_shared_keys() {
		this.runner.run((context) -> {
			ConsumerProperties properties = context.getBean(ConsumerProperties.class);
			assertThat(properties.databasePath()).isEqualTo(Path.of("data/test.duckdb"));
			assertThat(properties.consumerId()).isEqualTo("consumer-1");
			assertThat(properties.batchSize()).isEqualTo(1000);
			assertThat(properties.flushInterval()).isEqualTo(Duration.ofMillis(500));
			assertThat(properties.lockWait().warnAfter()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.lockWait().errorAfter()).isEqualTo(Duration.ofSeconds(60));
			assertThat(properties.keys().queue()).isEqualTo(RedisKeys.QUEUE);
			assertThat(properties.keys().deadLetter()).isEqualTo(RedisKeys.DEAD_LETTER);
			assertThat(properties.processingKey()).isEqualTo(RedisKeys.processing("consumer-1"));
		});
	}

	@Test
	void a_backlog_batch_size_below_the_batch_size_acts_as_the_batch_size() {
		this.runner.withPropertyValues("cryptoviz.consumer.batch-size=5000", "cryptoviz.consumer.backlog-batch-size=10")
			.run((context) -> assertThat(context.getBean(ConsumerProperties.class).effectiveBacklogBatchSize())
				.isEqualTo(5000));
	}

	@Nested
	class A_bad_value_stops_startup_naming_setting_range_and_value {

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				batch-size               | 0       | 0        | must be between 1 and 100000
				batch-size               | 100001  | 100001   | must be between 1 and 100000
				backlog-batch-size       | 2000000 | 2000000  | must be between 1 and 1000000
				flush-interval           | 5ms     | PT0.005S | must be between 10ms and 30s
				flush-interval           | 31s     | PT31S    | must be between 10ms and 30s
				consumer-id              | a b     | a b      | must be 1 to 64 letters, digits
				lock-wait.warn-after     | 2h      | PT2H     | must be between 0s and 1h
				lock-wait.error-after    | 500ms   | PT0.5S   | must be between 1s and 24h
				keys.queue               | ' '     | ' '      | must not be blank
				""")
		void rule(String setting, String value, String shown, String reason, CapturedOutput output) {
			assertThatException().isThrownBy(() -> start("cryptoviz.consumer." + setting + "=" + value));

			// Boot names the property in its Java form and quotes the key as the user
			// wrote it.
			assertThat(output)
				.containsAnyOf("Origin: \"cryptoviz.consumer." + setting + "\"",
						"Property: cryptoviz.consumer." + camelCase(setting) + "\n")
				.contains("Value: \"" + shown + "\"")
				.contains("Reason: " + reason);
		}

		@Test
		void an_empty_database_path(CapturedOutput output) {
			assertThatException().isThrownBy(() -> start("cryptoviz.consumer.database-path="));

			assertThat(output).contains("Property: cryptoviz.consumer.databasePath")
				.contains("Reason: must not be null");
		}

		private static String camelCase(String setting) {
			return Pattern.compile("-(.)")
				.matcher(setting)
				.replaceAll((match) -> match.group(1).toUpperCase(Locale.ROOT));
		}

		private void start(String property) {
			SpringApplication application = new SpringApplication(PropertiesOnly.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.run("--" + property).close();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ConsumerProperties.class)
	static class PropertiesOnly {

	}

}
