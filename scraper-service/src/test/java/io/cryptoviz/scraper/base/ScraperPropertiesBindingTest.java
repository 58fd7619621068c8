package io.cryptoviz.scraper.base;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources are named instances ({@code cryptoviz.scraper.sources.<name>.*}); the property
 * names and environment variables of the fixed-field days still bind.
 */
class ScraperPropertiesBindingTest {

	private static ScraperProperties bind(Map<String, Object> environment, Map<String, Object> properties) {
		StandardEnvironment spring = new StandardEnvironment();
		spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		spring.getPropertySources()
			.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					environment));
		spring.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return new Binder(ConfigurationPropertySources.get(spring)).bindOrCreate("cryptoviz.scraper",
				ScraperProperties.class);
	}

	@Test
	void the_environment_variables_of_the_readme_and_compose_bind_per_source() {
		ScraperProperties properties = bind(Map.of("CRYPTOVIZ_SCRAPER_SOURCES_COINGECKO_CALLS_PER_MINUTE", "500",
				"CRYPTOVIZ_SCRAPER_SOURCES_COINGECKO_BASE_URL", "http://market-simulator:8090/api/v3",
				"CRYPTOVIZ_SCRAPER_SOURCES_COINMARKETCAP_BASE_URL", "http://market-simulator:8090",
				"CRYPTOVIZ_SCRAPER_SOURCES_COINMARKETCAP_CALLS_PER_MINUTE", "25",
				"CRYPTOVIZ_SCRAPER_SOURCES_COINPAPRIKA_BASE_URL", "http://market-simulator:8090/v1",
				"CRYPTOVIZ_SCRAPER_SOURCES_COINPAPRIKA_ENABLED", "false"), Map.of());

		assertThat(properties.source("coingecko").callsPerMinute()).isEqualTo(500);
		assertThat(properties.source("coingecko").baseUrl()).isEqualTo("http://market-simulator:8090/api/v3");
		assertThat(properties.source("coinmarketcap").baseUrl()).isEqualTo("http://market-simulator:8090");
		assertThat(properties.source("coinmarketcap").callsPerMinute()).isEqualTo(25);
		assertThat(properties.source("coinpaprika").baseUrl()).isEqualTo("http://market-simulator:8090/v1");
		assertThat(properties.source("coinpaprika").enabled()).isFalse();
		assertThat(properties.sources()).containsOnlyKeys("coingecko", "coinmarketcap", "coinpaprika");
	}

	@Test
	void the_property_names_bind_with_defaults_for_what_is_not_set() {
		ScraperProperties properties = bind(Map.of(), Map.of("cryptoviz.scraper.sources.coinmarketcap.read-timeout",
				"7s", "cryptoviz.scraper.sources.coinpaprika.id-overrides.the-open-network", "ton-toncoin"));

		assertThat(properties.source("coinmarketcap").readTimeout()).isEqualTo(Duration.ofSeconds(7));
		assertThat(properties.source("coinmarketcap").connectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.source("coinmarketcap").enabled()).isTrue();
		assertThat(properties.source("coinpaprika").idOverrides())
			.containsExactly(Map.entry("the-open-network", "ton-toncoin"));
	}

	@Test
	void a_source_without_settings_runs_on_the_same_defaults_as_an_empty_entry() {
		ScraperProperties properties = bind(Map.of(), Map.of("cryptoviz.scraper.sources.coinpaprika.enabled", "true"));

		assertThat(properties.source("coinpaprika")).isEqualTo(ScraperProperties.SourceSettings.DEFAULTS);
		assertThat(properties.source("some-future-provider")).isEqualTo(ScraperProperties.SourceSettings.DEFAULTS);
	}

	@Test
	void the_settings_print_no_key() {
		ScraperProperties properties = bind(Map.of("COINMARKETCAP_API_KEY", "cmc-secret-0f9e"), Map.of());

		assertThat(properties.toString()).doesNotContain("cmc-secret-0f9e");
	}

}
