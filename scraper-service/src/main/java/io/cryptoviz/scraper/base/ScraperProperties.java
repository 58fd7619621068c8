package io.cryptoviz.scraper.base;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import io.cryptoviz.model.AssetId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * All scraper settings, bound from {@code cryptoviz.scraper.*}. API keys are not here:
 * each provider reads its own from the environment as an {@link ApiKey}, so they never
 * appear in this record's {@code toString()}.
 *
 * @param mode whether the upstreams are the real APIs or the market simulator
 * @param interval time between two cycles of one source
 * @param assets which assets are tracked
 * @param sources per-upstream settings, one named instance per provider
 * ({@code cryptoviz.scraper.sources.<name>.*}, as resilience4j's {@code instances}); a
 * provider without an entry runs on {@link SourceSettings#DEFAULTS}
 * @param outbox the in-memory buffer used while Redis is unreachable
 * @param backfill history fetched on first start
 */
@Validated
@ConfigurationProperties("cryptoviz.scraper")
public record ScraperProperties(@DefaultValue("live") @NotNull Mode mode,
		@DefaultValue("5m") @NotNull @DurationMin(seconds = 10, message = "must be between 10s and 24h") @DurationMax(
				hours = 24, message = "must be between 10s and 24h") Duration interval,
		@DefaultValue @Valid Assets assets,
		@DefaultValue @NotNull Map<@Pattern(regexp = SOURCE_NAME,
				message = "must be a source name in lower case, "
						+ "such as coingecko") String, SourceSettings> sources,
		@DefaultValue @Valid Outbox outbox, @DefaultValue @Valid Backfill backfill) {

	/** How a source is named in settings, logs, metrics and health. */
	public static final String SOURCE_NAME = "[a-z][a-z0-9-]{0,31}";

	public ScraperProperties {
		sources = Map.copyOf(sources);
	}

	/** The settings of the named source, or the defaults when none are configured. */
	public SourceSettings source(String name) {
		return this.sources.getOrDefault(name, SourceSettings.DEFAULTS);
	}

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
	 * @param slugOverrides CoinGecko id to CoinMarketCap slug, added to the built-in
	 * ones; the older spelling of {@code sources.coinmarketcap.id-overrides}, still
	 * honoured
	 */
	public record Assets(@DefaultValue @NotNull @Size(max = 250,
			message = "must hold at most 250 ids") List<@Pattern(regexp = AssetId.REGEX,
					message = "must be CoinGecko ids in lower case, such as bitcoin or avalanche-2") String> ids,
			@DefaultValue("20") @Min(value = 1, message = "must be between 1 and 250") @Max(value = 250,
					message = "must be between 1 and 250") int top,
			@DefaultValue("1d") @NotNull @DurationMin(hours = 1, message = "must be between 1h and 7d") @DurationMax(
					days = 7, message = "must be between 1h and 7d") Duration refresh,
			@DefaultValue @NotNull Map<String, String> slugOverrides) {
	}

	/**
	 * @param baseUrl root URL; empty means the provider's (for CoinGecko: the one that
	 * matches the configured key)
	 * @param connectTimeout TCP connect timeout
	 * @param readTimeout time allowed for the response
	 * @param enabled false switches the source off
	 * @param callsPerMinute rate limit; empty means the per-source default
	 * @param idOverrides CoinGecko id to the provider's own id where matching would miss
	 * or mislead, added to the provider's built-in table
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
					message = "must be between 1 and 500") @Nullable Integer callsPerMinute,
			@DefaultValue @NotNull Map<@Pattern(regexp = AssetId.REGEX,
					message = "must be CoinGecko ids in lower case, such as bitcoin or avalanche-2") String, @NotBlank(
							message = "must name the provider's id, such as btc-bitcoin") String> idOverrides) {

		/** The values a source runs on when nothing is configured for it. */
		public static final SourceSettings DEFAULTS = new SourceSettings("", Duration.ofSeconds(5),
				Duration.ofSeconds(20), true, null);

		@ConstructorBinding
		public SourceSettings {
			idOverrides = Map.copyOf(idOverrides);
		}

		/** Settings without overrides and with the default body limit. */
		public SourceSettings(String baseUrl, Duration connectTimeout, Duration readTimeout, boolean enabled,
				@Nullable Integer callsPerMinute) {
			this(baseUrl, connectTimeout, readTimeout, enabled, callsPerMinute, Map.of());
		}

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
