package io.cryptoviz.scraper.backfill;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.Sleeper;
import io.cryptoviz.scraper.coingecko.CoinGeckoClient;
import io.cryptoviz.scraper.publish.QuotePublisher;
import io.cryptoviz.scraper.tracked.TrackedAssets;

@Configuration(proxyBeanMethods = false)
@Profile("!dry-run") // ./cryptoviz scrape --once: fetch and print, nothing scheduled or
						// published
class BackfillConfiguration {

	@Bean
	Backfill backfill(ScraperProperties properties, CoinGeckoClient coinGeckoClient, TrackedAssets trackedAssets,
			QuotePublisher publisher, StringRedisTemplate redis, Clock clock, Sleeper sleeper) {
		return new Backfill(properties.backfill().days(), coinGeckoClient.enabled(), coinGeckoClient, trackedAssets,
				publisher, redis, clock, sleeper);
	}

}
