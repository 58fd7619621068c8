package io.cryptoviz.scraper.coingecko;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

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
 * Wires CoinGecko: a pro key switches both the header and the root URL, a demo key only
 * the header; a configured base URL (the simulator) wins over both.
 */
@Configuration(proxyBeanMethods = false)
class CoinGeckoConfiguration {

	static final String PUBLIC_ROOT = "https://api.coingecko.com/api/v3";

	static final String PRO_ROOT = "https://pro-api.coingecko.com/api/v3";

	/** Keyless calls share a per-IP budget observed at 5–15 calls/min. */
	static final int KEYLESS_CALLS_PER_MINUTE = 10;

	/** Under the Demo plan's 30 calls/min with room for clock skew. */
	static final int KEYED_CALLS_PER_MINUTE = 25;

	@Bean
	RateLimiter coinGeckoRateLimiter(ScraperProperties properties, ApiKeys keys, Clock clock, Sleeper sleeper) {
		return new RateLimiter(callsPerMinute(properties.sources().coingecko(), keys), clock, sleeper);
	}

	@Bean
	CoinGeckoClient coinGeckoClient(ScraperProperties properties, ApiKeys keys, RateLimiter coinGeckoRateLimiter,
			Clock clock, Sleeper sleeper, MeterRegistry meters) {
		ScraperProperties.SourceSettings settings = properties.sources().coingecko();
		@Nullable String pro = keys.coinGeckoPro();
		@Nullable String demo = keys.coinGeckoDemo();
		ResilientHttp http = new ResilientHttp("coingecko", root(settings, keys), settings, (headers) -> {
			if (pro != null) {
				headers.set("x-cg-pro-api-key", pro);
			}
			else if (demo != null) {
				headers.set("x-cg-demo-api-key", demo);
			}
		}, coinGeckoRateLimiter, clock, sleeper, meters);
		return new CoinGeckoClient(http);
	}

	@Bean
	CoinGeckoSource coinGeckoSource(CoinGeckoClient coinGeckoClient, ScraperProperties properties, ApiKeys keys,
			TrackedAssets trackedAssets, Clock clock) {
		ScraperProperties.SourceSettings settings = properties.sources().coingecko();
		String plan = (keys.coinGeckoPro() != null) ? "pro key (" + ApiKeys.COINGECKO_PRO_ENV + ")"
				: (keys.coinGeckoDemo() != null) ? "demo key (" + ApiKeys.COINGECKO_DEMO_ENV + ")" : "keyless";
		String disabled = settings.enabled() ? null : "switched off by cryptoviz.scraper.sources.coingecko.enabled";
		String description = "coingecko: "
				+ ((disabled != null) ? "disabled, " + disabled : plan + ", " + root(settings, keys) + ", "
						+ callsPerMinute(settings, keys) + " calls/min, " + tracking(properties.assets()));
		String hint = (keys.coinGeckoPro() != null) ? ApiKeys.COINGECKO_PRO_ENV
				: (keys.coinGeckoDemo() != null) ? ApiKeys.COINGECKO_DEMO_ENV
						: ApiKeys.COINGECKO_DEMO_ENV + " (demo) or " + ApiKeys.COINGECKO_PRO_ENV + " (pro)";
		return new CoinGeckoSource(coinGeckoClient, properties.assets(), trackedAssets, clock,
				new SourceStatus("coingecko", clock.instant(), disabled), description, hint);
	}

	static String root(ScraperProperties.SourceSettings settings, ApiKeys keys) {
		if (settings.hasBaseUrl()) {
			return settings.baseUrl();
		}
		return (keys.coinGeckoPro() != null) ? PRO_ROOT : PUBLIC_ROOT;
	}

	static int callsPerMinute(ScraperProperties.SourceSettings settings, ApiKeys keys) {
		if (settings.callsPerMinute() != null) {
			return settings.callsPerMinute();
		}
		boolean keyed = keys.coinGeckoPro() != null || keys.coinGeckoDemo() != null;
		return keyed ? KEYED_CALLS_PER_MINUTE : KEYLESS_CALLS_PER_MINUTE;
	}

	private static String tracking(ScraperProperties.Assets assets) {
		return assets.ids().isEmpty() ? "tracking the top " + assets.top() + " by market cap"
				: "tracking " + assets.ids().size() + " configured ids";
	}

}
