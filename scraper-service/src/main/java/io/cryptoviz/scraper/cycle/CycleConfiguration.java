package io.cryptoviz.scraper.cycle;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.Sleeper;
import io.cryptoviz.scraper.publish.QuotePublisher;

@Configuration(proxyBeanMethods = false)
@Profile("!dry-run") // ./cryptoviz scrape --once: fetch and print, nothing scheduled or
						// published
class CycleConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CycleConfiguration.class);

	@Bean
	CycleScheduler cycleScheduler(List<QuoteSource> sources, QuotePublisher publisher, ScraperProperties properties,
			Clock clock, MeterRegistry meters) {
		checkNames(properties.sources().keySet(), sources);
		log.info("scraper mode: {}", properties.mode().redisValue());
		sources.forEach((source) -> log.info(source.describe()));
		List<QuoteSource> enabled = sources.stream().filter((source) -> source.status().enabled()).toList();
		// The wait between cycles is real time even where a test replaces the Sleeper
		// bean to collapse retry pauses: collapsing this one would run cycles back to
		// back.
		return new CycleScheduler(enabled.stream().map((s) -> new SourceCycle(s, publisher, clock, meters)).toList(),
				enabled.stream().map(QuoteSource::name).toList(), properties.interval(), Sleeper.REAL);
	}

	/**
	 * A misspelt source name would otherwise be ignored silently, and with it a setting
	 * such as {@code enabled=false}.
	 */
	static void checkNames(Set<String> configured, List<QuoteSource> sources) {
		Set<String> known = sources.stream().map(QuoteSource::name).collect(Collectors.toCollection(TreeSet::new));
		List<String> unknown = configured.stream().filter((name) -> !known.contains(name)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("cryptoviz.scraper.sources." + unknown.getFirst()
					+ ".* names no source; the sources are " + String.join(", ", known));
		}
	}

}
