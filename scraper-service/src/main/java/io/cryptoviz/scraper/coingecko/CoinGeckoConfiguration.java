package io.cryptoviz.scraper.coingecko;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.cryptoviz.scraper.base.RateLimiter;
import io.cryptoviz.scraper.base.ResilientHttp;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.Sleeper;
import io.cryptoviz.scraper.base.SourceProfile;
import io.cryptoviz.scraper.base.SourceStatus;
import io.cryptoviz.scraper.tracked.AssetSelection;

/**
 * Wires CoinGecko: a pro key switches both the header and the root URL, a demo key only
 * the header; a configured base URL (the simulator) wins over both.
 */
@Configuration(proxyBeanMethods = false)
class CoinGeckoConfiguration {

	static final String NAME = "coingecko";

	static final String PUBLIC_ROOT = "https://api.coingecko.com/api/v3";

	static final String PRO_ROOT = "https://pro-api.coingecko.com/api/v3";

	/** Keyless calls share a per-IP budget observed at 5–15 calls/min. */
	static final int KEYLESS_CALLS_PER_MINUTE = 10;

	/** Under the Demo plan's 30 calls/min with room for clock skew. */
	static final int KEYED_CALLS_PER_MINUTE = 25;

	@Bean
	CoinGeckoKeys coinGeckoKeys(Environment environment) {
		return CoinGeckoKeys.from(environment);
	}

	@Bean
	RateLimiter coinGeckoRateLimiter(ScraperProperties properties, CoinGeckoKeys keys, Clock clock, Sleeper sleeper) {
		return new RateLimiter(callsPerMinute(properties.source(NAME), keys), clock, sleeper);
	}

	@Bean
	CoinGeckoClient coinGeckoClient(ScraperProperties properties, CoinGeckoKeys keys, RateLimiter coinGeckoRateLimiter,
			Clock clock, Sleeper sleeper, MeterRegistry meters) {
		ScraperProperties.SourceSettings settings = properties.source(NAME);
		@Nullable String pro = keys.pro();
		@Nullable String demo = keys.demo();
		ResilientHttp http = new ResilientHttp(NAME, root(settings, keys), settings, (headers) -> {
			if (pro != null) {
				headers.set("x-cg-pro-api-key", pro);
			}
			else if (demo != null) {
				headers.set("x-cg-demo-api-key", demo);
			}
		}, coinGeckoRateLimiter, clock, sleeper, meters);
		return new CoinGeckoClient(http, settings.enabled());
	}

	@Bean
	CoinGeckoSource coinGeckoSource(CoinGeckoClient coinGeckoClient, ScraperProperties properties, CoinGeckoKeys keys,
			AssetSelection assetSelection, Clock clock) {
		ScraperProperties.SourceSettings settings = properties.source(NAME);
		String disabled = settings.enabled() ? null : "switched off by cryptoviz.scraper.sources.coingecko.enabled";
		String description = NAME + ": "
				+ ((disabled != null) ? "disabled, " + disabled : keys.plan() + ", " + root(settings, keys) + ", "
						+ callsPerMinute(settings, keys) + " calls/min, " + tracking(properties.assets()));
		return new CoinGeckoSource(coinGeckoClient, assetSelection, clock,
				new SourceProfile(NAME, new SourceStatus(NAME, clock.instant(), disabled), description, keys.hint()));
	}

	static String root(ScraperProperties.SourceSettings settings, CoinGeckoKeys keys) {
		if (settings.hasBaseUrl()) {
			return settings.baseUrl();
		}
		return (keys.pro() != null) ? PRO_ROOT : PUBLIC_ROOT;
	}

	static int callsPerMinute(ScraperProperties.SourceSettings settings, CoinGeckoKeys keys) {
		if (settings.callsPerMinute() != null) {
			return settings.callsPerMinute();
		}
		return keys.any() ? KEYED_CALLS_PER_MINUTE : KEYLESS_CALLS_PER_MINUTE;
	}

	private static String tracking(ScraperProperties.Assets assets) {
		return assets.ids().isEmpty() ? "tracking the top " + assets.top() + " by market cap"
				: "tracking " + assets.ids().size() + " configured ids";
	}

}
