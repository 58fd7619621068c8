package io.cryptoviz.scraper.coinpaprika;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

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
 * Wires CoinPaprika: the free root, no key, gzip asked for (the tickers list is about 2
 * MB uncompressed). On by default; {@code cryptoviz.scraper.sources.coinpaprika.enabled}
 * switches it off.
 */
@Configuration(proxyBeanMethods = false)
class CoinPaprikaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CoinPaprikaConfiguration.class);

	static final String NAME = "coinpaprika";

	static final String BASE_URL_ENV = "CRYPTOVIZ_SCRAPER_SOURCES_COINPAPRIKA_BASE_URL";

	static final String ROOT = "https://api.coinpaprika.com/v1";

	/** The free plan's documented quota. */
	static final int MONTHLY_CALLS = 20_000;

	/** Far under the documented 10 requests/s per IP; a cycle makes one call. */
	static final int DEFAULT_CALLS_PER_MINUTE = 10;

	@Bean
	CoinPaprikaSource coinPaprikaSource(ScraperProperties properties, MatchingProperties matching,
			TrackedAssets trackedAssets, Clock clock, Sleeper sleeper, MeterRegistry meters) {
		ScraperProperties.SourceSettings settings = properties.source(NAME);
		String root = settings.hasBaseUrl() ? settings.baseUrl() : ROOT;
		int callsPerMinute = (settings.callsPerMinute() != null) ? settings.callsPerMinute() : DEFAULT_CALLS_PER_MINUTE;
		String disabled = settings.enabled() ? null : "switched off by cryptoviz.scraper.sources.coinpaprika.enabled";
		if (disabled == null) {
			warnAboutBudget(properties.interval());
		}
		ResilientHttp http = new ResilientHttp(NAME, root, settings,
				(headers) -> headers.set(HttpHeaders.ACCEPT_ENCODING, "gzip"),
				new RateLimiter(callsPerMinute, clock, sleeper), clock, sleeper, meters);
		String description = NAME + ": "
				+ ((disabled != null) ? "disabled, " + disabled
						: "keyless, " + root + ", " + callsPerMinute + " calls/min, " + PaprikaIds.BUILT_IN.size()
								+ " built-in id overrides + " + settings.idOverrides().size() + " configured");
		return new CoinPaprikaSource(http, PaprikaIds.matcher(settings.idOverrides()), trackedAssets,
				new PriceCheck(matching.maxPriceRatio(), trackedAssets), clock,
				new SourceProfile(NAME, new SourceStatus(NAME, clock.instant(), disabled), description,
						BASE_URL_ENV + " (the free API takes no key)"));
	}

	private static void warnAboutBudget(Duration interval) {
		long callsPerMonth = Duration.ofDays(30).toSeconds() / Math.max(1, interval.toSeconds());
		if (callsPerMonth > MONTHLY_CALLS) {
			long minimum = Duration.ofDays(30).toSeconds() / MONTHLY_CALLS + 1;
			log.warn(
					"coinpaprika: cryptoviz.scraper.interval={} means {} calls/month, above the free plan's ~{}; "
							+ "use an interval of at least {} s or switch the source off",
					interval, callsPerMonth, MONTHLY_CALLS, minimum);
		}
	}

}
