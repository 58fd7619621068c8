package io.cryptoviz.scraper.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.cryptoviz.scraper.ScraperApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rule: a bad value stops startup, and the report printed for the user names the
 * setting, the allowed range and the value received.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScraperPropertiesValidationTest {

	/**
	 * Columns: property set; value set; property as reported; value as reported; rule.
	 */
	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = ';', value = {
			"cryptoviz.scraper.interval; 5s; cryptoviz.scraper.interval; PT5S; must be between 10s and 24h",
			"cryptoviz.scraper.interval; 2d; cryptoviz.scraper.interval; PT48H; must be between 10s and 24h",
			"cryptoviz.scraper.assets.top; 0; cryptoviz.scraper.assets.top; 0; must be between 1 and 250",
			"cryptoviz.scraper.assets.top; 251; cryptoviz.scraper.assets.top; 251; must be between 1 and 250",
			"cryptoviz.scraper.assets.ids; Bitcoin; cryptoviz.scraper.assets.ids[0]; Bitcoin; must be CoinGecko ids in lower case",
			"cryptoviz.scraper.assets.refresh; 10m; cryptoviz.scraper.assets.refresh; PT10M; must be between 1h and 7d",
			"cryptoviz.scraper.outbox.capacity; 10; cryptoviz.scraper.outbox.capacity; 10; must be between 100 and 1000000",
			"cryptoviz.scraper.backfill.days; 400; cryptoviz.scraper.backfill.days; 400; must be between 0 and 365",
			"cryptoviz.scraper.backfill.days; -1; cryptoviz.scraper.backfill.days; -1; must be between 0 and 365",
			"cryptoviz.scraper.sources.coingecko.read-timeout; 10m; cryptoviz.scraper.sources.coingecko.readTimeout; PT10M; must be between 100ms and 5m",
			"cryptoviz.scraper.sources.coinmarketcap.connect-timeout; 0s; cryptoviz.scraper.sources.coinmarketcap.connectTimeout; PT0S; must be between 100ms and 60s",
			"cryptoviz.scraper.sources.coingecko.calls-per-minute; 0; cryptoviz.scraper.sources.coingecko.callsPerMinute; 0; must be between 1 and 500",
			"cryptoviz.scraper.sources.coinmarketcap.base-url; ftp://x; cryptoviz.scraper.sources.coinmarketcap.baseUrl; ftp://x; must be an http(s) URL",
			"cryptoviz.scraper.sources.coinpaprika.calls-per-minute; 501; cryptoviz.scraper.sources.coinpaprika.callsPerMinute; 501; must be between 1 and 500",
			"cryptoviz.scraper.matching.max-price-ratio; 1; cryptoviz.scraper.matching.maxPriceRatio; 1.0; must be between 1.5 and 1000",
			"cryptoviz.scraper.matching.max-price-ratio; 5000; cryptoviz.scraper.matching.maxPriceRatio; 5000.0; must be between 1.5 and 1000",
			"cryptoviz.scraper.sources.coinpaprika.read-timeout; 50ms; cryptoviz.scraper.sources.coinpaprika.readTimeout; PT0.05S; must be between 100ms and 5m" })
	void a_bad_value_stops_startup_naming_setting_range_and_value(String property, String value, String reported,
			String shown, String rule, CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ScraperApplication.class).web(WebApplicationType.NONE)
			.run("--" + property + "=" + value, "--spring.main.banner-mode=off")).isInstanceOf(RuntimeException.class);

		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("Property: " + reported)
			.contains("Value: \"" + shown + "\"")
			.contains("Reason: " + rule);
	}

	@Test
	void a_misspelt_source_name_stops_startup_naming_it_and_the_real_ones() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ScraperApplication.class).web(WebApplicationType.NONE)
			.run("--cryptoviz.scraper.sources.coinpaprka.enabled=false", "--spring.main.banner-mode=off")).rootCause()
			.hasMessage("cryptoviz.scraper.sources.coinpaprka.* names no source; "
					+ "the sources are coingecko, coinmarketcap, coinpaprika");
	}

	@ParameterizedTest(name = "mode={0}")
	@CsvSource({ "demo", "LIVEE" })
	void an_unknown_mode_stops_startup_naming_the_setting(String value, CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ScraperApplication.class).web(WebApplicationType.NONE)
			.run("--cryptoviz.scraper.mode=" + value, "--spring.main.banner-mode=off"))
			.isInstanceOf(RuntimeException.class);

		assertThat(output.getOut()).contains("cryptoviz.scraper.mode").contains(value);
	}

}
