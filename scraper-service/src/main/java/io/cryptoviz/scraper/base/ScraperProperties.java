package io.cryptoviz.scraper.base;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * All scraper settings, bound from {@code cryptoviz.scraper.*}. API keys are not here:
 * they come from the environment through {@link ApiKeys}, so they never appear in this
 * record's {@code toString()}.
 *
 * @param mode whether the upstreams are the real APIs or the market simulator
 * @param interval time between two cycles of one source
 * @param assets which assets are tracked
 * @param sources per-upstream connection settings
 * @param outbox the in-memory buffer used while Redis is unreachable
 * @param backfill history fetched on first start
 */
@Validated
@ConfigurationProperties("cryptoviz.scraper")
public record ScraperProperties(@DefaultValue("live") @NotNull Mode mode,
		@DefaultValue("5m") @NotNull @DurationMin(seconds = 10, message = "must be between 10s and 24h") @DurationMax(
				hours = 24, message = "must be between 10s and 24h") Duration interval,
		@DefaultValue @Valid Assets assets, @DefaultValue @Valid Sources sources, @DefaultValue @Valid Outbox outbox,
		@DefaultValue @Valid Backfill backfill) {

	/**
	 * What the scraper talks to; written to Redis so the dashboard can label the data.
	 */
	public enum Mode {

		LIVE, SIMULATED;

		public String redisValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * @param ids explicit CoinGecko ids; empty means "the top {@code top} by market cap"
	 * @param top how many assets to track when no ids are given
	 * @param refresh how often the top-N list is looked up again
	 * @param slugOverrides CoinGecko id to CoinMarketCap slug, added to the built-in ones
	 */
	public record Assets(@DefaultValue @NotNull @Size(max = 250,
			message = "must hold at most 250 ids") List<@Pattern(regexp = "[a-z0-9][a-z0-9-]*",
					message = "must be CoinGecko ids in lower case, such as bitcoin or avalanche-2") String> ids,
			@DefaultValue("20") @Min(value = 1, message = "must be between 1 and 250") @Max(value = 250,
					message = "must be between 1 and 250") int top,
			@DefaultValue("1d") @NotNull @DurationMin(hours = 1, message = "must be between 1h and 7d") @DurationMax(
					days = 7, message = "must be between 1h and 7d") Duration refresh,
			@DefaultValue @NotNull Map<String, String> slugOverrides) {
	}

	/**
	 * @param coingecko CoinGecko settings
	 * @param coinmarketcap CoinMarketCap settings
	 */
	public record Sources(@DefaultValue @Valid SourceSettings coingecko,
			@DefaultValue @Valid SourceSettings coinmarketcap) {
	}

	/**
	 * @param baseUrl root URL; empty means the provider's (for CoinGecko: the one that
	 * matches the configured key)
	 * @param connectTimeout TCP connect timeout
	 * @param readTimeout time allowed for the response
	 * @param enabled false switches the source off
	 * @param callsPerMinute rate limit; empty means the per-source default
	 */
	public record SourceSettings(@DefaultValue("") @Pattern(regexp = "|https?://\\S+",
			message = "must be an http(s) URL such as https://api.coingecko.com/api/v3, or empty") String baseUrl,
			@DefaultValue("5s") @NotNull @DurationMin(millis = 100,
					message = "must be between 100ms and 60s") @DurationMax(seconds = 60,
							message = "must be between 100ms and 60s") Duration connectTimeout,
			@DefaultValue("20s") @NotNull @DurationMin(millis = 100,
					message = "must be between 100ms and 5m") @DurationMax(minutes = 5,
							message = "must be between 100ms and 5m") Duration readTimeout,
			@DefaultValue("true") boolean enabled,
			@Min(value = 1, message = "must be between 1 and 500") @Max(value = 500,
					message = "must be between 1 and 500") @Nullable Integer callsPerMinute) {

		public boolean hasBaseUrl() {
			return !this.baseUrl.isBlank();
		}

	}

	/**
	 * @param capacity most quotes held while Redis is unreachable; the oldest go first
	 * @param retryMin first wait before retrying Redis
	 * @param retryMax longest wait between two retries
	 */
	public record Outbox(
			@DefaultValue("10000") @Min(value = 100, message = "must be between 100 and 1000000") @Max(
					value = 1_000_000, message = "must be between 100 and 1000000") int capacity,
			@DefaultValue("1s") @NotNull @DurationMin(millis = 10,
					message = "must be between 10ms and 1m") @DurationMax(minutes = 1,
							message = "must be between 10ms and 1m") Duration retryMin,
			@DefaultValue("30s") @NotNull @DurationMin(millis = 10,
					message = "must be between 10ms and 10m") @DurationMax(minutes = 10,
							message = "must be between 10ms and 10m") Duration retryMax) {
	}

	/**
	 * @param days days of CoinGecko history fetched on first start; 0 disables it
	 */
	public record Backfill(@DefaultValue("3") @Min(value = 0, message = "must be between 0 and 365") @Max(value = 365,
			message = "must be between 0 and 365") int days) {
	}

}
