package io.cryptoviz.scraper.coinmarketcap;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.cryptoviz.scraper.base.ApiKey;
import io.cryptoviz.scraper.base.RateLimiter;
import io.cryptoviz.scraper.base.ResilientHttp;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.Sleeper;
import io.cryptoviz.scraper.base.SourceProfile;
import io.cryptoviz.scraper.base.SourceStatus;
import io.cryptoviz.scraper.tracked.MatchingProperties;
import io.cryptoviz.scraper.tracked.PriceCheck;
import io.cryptoviz.scraper.tracked.TrackedAssets;

/**
 * Wires CoinMarketCap. Without {@code COINMARKETCAP_API_KEY} the source exists but is
 * off, so CoinGecko runs alone and the startup log says which variable to set.
 */
@Configuration(proxyBeanMethods = false)
class CoinMarketCapConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CoinMarketCapConfiguration.class);

	static final String NAME = "coinmarketcap";

	/** The only place the key comes from; kept out of every settings record. */
	static final String KEY_ENV = "COINMARKETCAP_API_KEY";

	static final String ROOT = "https://pro-api.coinmarketcap.com";

	/** Basic plan: 10,000 credits a month is about 333 a day. */
	static final int DAILY_CREDITS = 333;

	static final int DEFAULT_CALLS_PER_MINUTE = 25;

	@Bean
	CoinMarketCapSource coinMarketCapSource(ScraperProperties properties, MatchingProperties matching,
			Environment environment, TrackedAssets trackedAssets, Clock clock, Sleeper sleeper, MeterRegistry meters) {
		return coinMarketCapSource(properties, matching, ApiKey.from(environment, KEY_ENV), trackedAssets, clock,
				sleeper, meters);
	}

	CoinMarketCapSource coinMarketCapSource(ScraperProperties properties, MatchingProperties matching, ApiKey apiKey,
			TrackedAssets trackedAssets, Clock clock, Sleeper sleeper, MeterRegistry meters) {
		ScraperProperties.SourceSettings settings = properties.source(NAME);
		String key = apiKey.value();
		String root = settings.hasBaseUrl() ? settings.baseUrl() : ROOT;
		int callsPerMinute = (settings.callsPerMinute() != null) ? settings.callsPerMinute() : DEFAULT_CALLS_PER_MINUTE;
		String disabled = !settings.enabled() ? "switched off by cryptoviz.scraper.sources.coinmarketcap.enabled"
				: (key == null) ? KEY_ENV + " is not set; CoinGecko runs alone (set " + KEY_ENV
						+ " to a CoinMarketCap API key to add this source)" : null;
		if (disabled == null) {
			warnAboutBudget(properties.interval());
		}
		ResilientHttp http = new ResilientHttp(NAME, root, settings, (headers) -> {
			if (key != null) {
				headers.set("X-CMC_PRO_API_KEY", key);
			}
		}, new RateLimiter(callsPerMinute, clock, sleeper), clock, sleeper, meters);
		String description = "coinmarketcap: "
				+ ((disabled != null) ? "disabled, " + disabled : root + ", " + callsPerMinute + " calls/min");
		Map<String, String> overrides = new HashMap<>(properties.assets().slugOverrides());
		overrides.putAll(settings.idOverrides());
		return new CoinMarketCapSource(http, new SlugMatcher(overrides), trackedAssets,
				new PriceCheck(matching.maxPriceRatio(), trackedAssets), clock,
				new SourceProfile(NAME, new SourceStatus(NAME, clock.instant(), disabled), description, KEY_ENV));
	}

	private static void warnAboutBudget(Duration interval) {
		long callsPerDay = Duration.ofDays(1).toSeconds() / Math.max(1, interval.toSeconds());
		if (callsPerDay > DAILY_CREDITS) {
			Duration minimum = Duration.ofSeconds(Duration.ofDays(1).toSeconds() / DAILY_CREDITS + 1);
			log.warn(
					"coinmarketcap: cryptoviz.scraper.interval={} means {} calls/day, above the Basic plan's ~{}/day; "
							+ "use an interval of at least {} s or a paid plan",
					interval, callsPerDay, DAILY_CREDITS, minimum.toSeconds());
		}
	}

}
