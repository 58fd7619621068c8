package io.cryptoviz.scraper.coinmarketcap;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cryptoviz.scraper.base.ApiKeys;
import io.cryptoviz.scraper.base.RateLimiter;
import io.cryptoviz.scraper.base.ResilientHttp;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.Sleeper;
import io.cryptoviz.scraper.base.SourceStatus;
import io.cryptoviz.scraper.base.TrackedAssets;

/**
 * Wires CoinMarketCap. Without {@code COINMARKETCAP_API_KEY} the source exists but is
 * off, so CoinGecko runs alone and the startup log says which variable to set.
 */
@Configuration(proxyBeanMethods = false)
class CoinMarketCapConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CoinMarketCapConfiguration.class);

	static final String ROOT = "https://pro-api.coinmarketcap.com";

	/** Basic plan: 10,000 credits a month is about 333 a day. */
	static final int DAILY_CREDITS = 333;

	static final int DEFAULT_CALLS_PER_MINUTE = 25;

	@Bean
	CoinMarketCapSource coinMarketCapSource(ScraperProperties properties, ApiKeys keys, TrackedAssets trackedAssets,
			Clock clock, Sleeper sleeper, MeterRegistry meters) {
		ScraperProperties.SourceSettings settings = properties.sources().coinmarketcap();
		String key = keys.coinMarketCap();
		String root = settings.hasBaseUrl() ? settings.baseUrl() : ROOT;
		int callsPerMinute = (settings.callsPerMinute() != null) ? settings.callsPerMinute() : DEFAULT_CALLS_PER_MINUTE;
		String disabled = !settings.enabled() ? "switched off by cryptoviz.scraper.sources.coinmarketcap.enabled"
				: (key == null) ? ApiKeys.COINMARKETCAP_ENV + " is not set; CoinGecko runs alone (set "
						+ ApiKeys.COINMARKETCAP_ENV + " to a CoinMarketCap API key to add this source)" : null;
		if (disabled == null) {
			warnAboutBudget(properties.interval());
		}
		ResilientHttp http = new ResilientHttp("coinmarketcap", root, settings, (headers) -> {
			if (key != null) {
				headers.set("X-CMC_PRO_API_KEY", key);
			}
		}, new RateLimiter(callsPerMinute, clock, sleeper), clock, sleeper, meters);
		String description = "coinmarketcap: "
				+ ((disabled != null) ? "disabled, " + disabled : root + ", " + callsPerMinute + " calls/min");
		return new CoinMarketCapSource(http, new SlugMatcher(properties.assets().slugOverrides()), trackedAssets,
				properties.assets().ids(),
				properties.assets().ids().isEmpty() ? properties.assets().top() : properties.assets().ids().size(),
				clock, new SourceStatus("coinmarketcap", clock.instant(), disabled), description);
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
