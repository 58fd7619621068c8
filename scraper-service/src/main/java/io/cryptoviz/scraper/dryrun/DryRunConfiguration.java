package io.cryptoviz.scraper.dryrun;

import java.io.PrintStream;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import io.cryptoviz.scraper.base.QuoteSource;

@Configuration(proxyBeanMethods = false)
@Profile(DryRun.PROFILE)
class DryRunConfiguration {

	@Bean
	DryRun dryRun(List<QuoteSource> sources) {
		// The table is the command's output, not a log line: it goes to standard output.
		return new DryRun(sources, new PrintStream(System.out, true));
	}

}
