package io.cryptoviz.scraper.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.ScraperProperties;

@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

	/** Shows as the {@code sources} component, one child per provider. */
	@Bean
	CompositeHealthContributor sourcesHealthContributor(List<QuoteSource> sources, ScraperProperties properties,
			Clock clock) {
		Map<String, HealthContributor> indicators = new LinkedHashMap<>();
		sources.forEach((source) -> indicators.put(source.name(),
				new SourceHealthIndicator(source.status(), properties.interval(), clock)));
		return CompositeHealthContributor.fromMap(indicators);
	}

}
