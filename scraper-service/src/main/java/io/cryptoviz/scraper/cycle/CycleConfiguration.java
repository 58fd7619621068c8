package io.cryptoviz.scraper.cycle;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.publish.QuotePublisher;

@Configuration(proxyBeanMethods = false)
class CycleConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CycleConfiguration.class);

	@Bean
	CycleScheduler cycleScheduler(List<QuoteSource> sources, QuotePublisher publisher, ScraperProperties properties,
			Clock clock, MeterRegistry meters) {
		log.info("scraper mode: {}", properties.mode().redisValue());
		sources.forEach((source) -> log.info(source.describe()));
		List<QuoteSource> enabled = sources.stream().filter((source) -> source.status().enabled()).toList();
		return new CycleScheduler(enabled.stream().map((s) -> new SourceCycle(s, publisher, clock, meters)).toList(),
				enabled.stream().map(QuoteSource::name).toList(), properties.interval());
	}

}
