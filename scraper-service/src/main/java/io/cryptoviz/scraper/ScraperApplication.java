package io.cryptoviz.scraper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import io.cryptoviz.scraper.dryrun.DryRun;

/**
 * Polls the market-data providers (one package each: CoinGecko, CoinMarketCap,
 * CoinPaprika) and pushes normalised quotes onto the Redis queue.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScraperApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(ScraperApplication.class, args);
		if (context.getEnvironment().matchesProfiles(DryRun.PROFILE)) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
