package io.cryptoviz.dashboard.base.source;

import java.util.List;

import io.cryptoviz.model.Source;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

class SourceCatalogTest {

	static final Source COINCAP = Source.of("COINCAP");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Sources.class)
		.withPropertyValues(ShippedSources.properties()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.toArray(String[]::new));

	@Test
	void the_shipped_catalog_has_the_three_providers_in_stored_name_order_each_with_its_colour() {
		SourceCatalog catalog = ShippedSources.catalog();
		assertThat(catalog.entries()).extracting(CatalogEntry::label)
			.containsExactly("CoinGecko", "CoinMarketCap", "CoinPaprika");
		assertThat(catalog.entries()).extracting(CatalogEntry::color).doesNotHaveDuplicates().hasSize(3);
		assertThat(catalog.known().names()).containsExactly(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA);
	}

	@Nested
	class Url_and_api_values {

		@ParameterizedTest(name = "{0}")
		@CsvSource({ "both, all", "all, all", " ALL , all", "Both, all", "coingecko, coingecko", "cg, coingecko",
				"CG, coingecko", "coinmarketcap, coinmarketcap", "cmc, coinmarketcap", "coinpaprika, coinpaprika",
				"cp, coinpaprika", "CoinPaprika, coinpaprika" })
		void today_s_values_and_the_third_source_s_select_what_they_name(String value, String param) {
			assertThat(ShippedSources.catalog().parse(value)).map(SourceSelection::param).hasValue(param);
		}

		@Test
		void all_sources_read_every_source_of_the_catalog() {
			assertThat(ShippedSources.catalog().resolve(SourceSelection.ALL)).containsExactly(Source.COINGECKO,
					Source.COINMARKETCAP, Source.COINPAPRIKA);
		}

		@Test
		void a_value_the_catalog_does_not_name_selects_nothing() {
			assertThat(ShippedSources.catalog().parse("binance")).isEmpty();
			assertThat(ShippedSources.catalog().parse("COINGECKO_")).isEmpty();
		}

		@Test
		void the_allowed_values_are_the_catalog_s() {
			assertThat(ShippedSources.catalog().allowed())
				.isEqualTo("all, coingecko (or cg), coinmarketcap (or cmc), coinpaprika (or cp)");
		}

	}

	@Test
	void a_fourth_source_configured_only_in_properties_is_read_labelled_coloured_and_selectable() {
		this.runner.withPropertyValues("cryptoviz.dashboard.sources.coincap.label=CoinCap",
				"cryptoviz.dashboard.sources.coincap.color=#b07aa1", "cryptoviz.dashboard.sources.coincap.aliases=cc")
			.run(context -> {
				SourceCatalog catalog = context.getBean(SourceCatalog.class);
				assertThat(catalog.label(COINCAP)).isEqualTo("CoinCap");
				assertThat(catalog.color(COINCAP)).isEqualTo("#b07aa1");
				assertThat(catalog.parse("cc")).hasValue(SourceSelection.of(COINCAP));
				assertThat(catalog.resolve(SourceSelection.ALL)).hasSize(4).contains(COINCAP);
				assertThat(context.getBean(io.cryptoviz.store.read.KnownSources.class).names()).contains(COINCAP);
				assertThat(catalog.allowed())
					.endsWith(", coincap (or cc), coingecko (or cg), " + "coinmarketcap (or cmc), coinpaprika (or cp)");
			});
	}

	@Test
	void a_stored_name_outside_the_catalog_keeps_its_name_as_label() {
		assertThat(ShippedSources.catalog().label(COINCAP)).isEqualTo("COINCAP");
		assertThat(ShippedSources.catalog().entry(COINCAP)).isEmpty();
	}

	@Nested
	class A_bad_catalog_stops_startup_naming_the_setting {

		@ParameterizedTest(name = "{0}={1}")
		@CsvSource(delimiter = ';', quoteCharacter = '"', value = { "coincap.aliases; cg; aliases: 'cg' also names co",
				"coincap.aliases; both; 'both' also names all sources",
				"coin-cap.label; CoinCap; the key must be a stored source name in lower case",
				"coincap.color; #4E79A7; is also the colour of co",
				"coincap.color; blue; must be a colour like #1f77b4", "coingecko.label; \" \"; must not be blank" })
		void when_a_value_is_wrong(String property, String value, String message) {
			List<String> complete = List.of("cryptoviz.dashboard.sources.coincap.label=CoinCap",
					"cryptoviz.dashboard.sources.coincap.color=#b07aa1");
			runner.withPropertyValues(complete.toArray(String[]::new))
				.withPropertyValues("cryptoviz.dashboard.sources." + property + "=" + value)
				.run(context -> {
					assertThat(context).hasFailed();
					assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage())
						.contains(message);
				});
		}

		@Test
		void a_new_source_without_a_colour_is_named() {
			runner.withPropertyValues("cryptoviz.dashboard.sources.coincap.label=CoinCap").run(context -> {
				assertThat(context).hasFailed();
				assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage())
					.contains("sources[coincap].color", "must be a colour like #1f77b4");
			});
		}

	}

	@Test
	void an_empty_catalog_is_refused() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(Sources.class)
			.run(context -> assertThat(
					NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage())
				.contains("sources", "must name at least one source"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SourceSettings.class)
	@Import(SourceConfiguration.class)
	static class Sources {

	}

}
