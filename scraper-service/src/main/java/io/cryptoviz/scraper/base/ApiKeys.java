package io.cryptoviz.scraper.base;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

/**
 * The provider API keys, read from the environment ({@code COINGECKO_API_KEY},
 * {@code COINGECKO_PRO_API_KEY}, {@code COINMARKETCAP_API_KEY}). Kept out of the settings
 * record so no {@code toString()}, log line or actuator page can print them; blank values
 * count as absent because {@code ./cryptoviz up --demo} passes them empty.
 */
public final class ApiKeys {

	public static final String COINGECKO_DEMO_ENV = "COINGECKO_API_KEY";

	public static final String COINGECKO_PRO_ENV = "COINGECKO_PRO_API_KEY";

	public static final String COINMARKETCAP_ENV = "COINMARKETCAP_API_KEY";

	private final @Nullable String coinGeckoDemo;

	private final @Nullable String coinGeckoPro;

	private final @Nullable String coinMarketCap;

	public ApiKeys(@Nullable String coinGeckoDemo, @Nullable String coinGeckoPro, @Nullable String coinMarketCap) {
		this.coinGeckoDemo = blankToNull(coinGeckoDemo);
		this.coinGeckoPro = blankToNull(coinGeckoPro);
		this.coinMarketCap = blankToNull(coinMarketCap);
	}

	static ApiKeys from(Environment environment) {
		return new ApiKeys(environment.getProperty(COINGECKO_DEMO_ENV), environment.getProperty(COINGECKO_PRO_ENV),
				environment.getProperty(COINMARKETCAP_ENV));
	}

	public @Nullable String coinGeckoDemo() {
		return this.coinGeckoDemo;
	}

	public @Nullable String coinGeckoPro() {
		return this.coinGeckoPro;
	}

	public @Nullable String coinMarketCap() {
		return this.coinMarketCap;
	}

	@Override
	public String toString() {
		return "ApiKeys[" + COINGECKO_DEMO_ENV + "=" + mask(this.coinGeckoDemo) + ", " + COINGECKO_PRO_ENV + "="
				+ mask(this.coinGeckoPro) + ", " + COINMARKETCAP_ENV + "=" + mask(this.coinMarketCap) + "]";
	}

	private static String mask(@Nullable String key) {
		return (key != null) ? "****" : "unset";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
