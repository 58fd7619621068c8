package io.cryptoviz.scraper.coingecko;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

import io.cryptoviz.scraper.base.ApiKey;

/**
 * CoinGecko's two optional keys, from {@code COINGECKO_API_KEY} (demo) and
 * {@code COINGECKO_PRO_API_KEY} (paid). A pro key wins: it changes both the header and
 * the root URL. Masked in {@code toString()}.
 */
final class CoinGeckoKeys {

	static final String DEMO_ENV = "COINGECKO_API_KEY";

	static final String PRO_ENV = "COINGECKO_PRO_API_KEY";

	private final ApiKey demo;

	private final ApiKey pro;

	CoinGeckoKeys(@Nullable String demo, @Nullable String pro) {
		this.demo = new ApiKey(DEMO_ENV, demo);
		this.pro = new ApiKey(PRO_ENV, pro);
	}

	static CoinGeckoKeys from(Environment environment) {
		return new CoinGeckoKeys(environment.getProperty(DEMO_ENV), environment.getProperty(PRO_ENV));
	}

	@Nullable String demo() {
		return this.demo.value();
	}

	@Nullable String pro() {
		return this.pro.value();
	}

	boolean any() {
		return this.demo.present() || this.pro.present();
	}

	/** What the startup line calls the plan. */
	String plan() {
		return this.pro.present() ? "pro key (" + PRO_ENV + ")"
				: this.demo.present() ? "demo key (" + DEMO_ENV + ")" : "keyless";
	}

	/** The variable a user fixes when CoinGecko refuses the key. */
	String hint() {
		return this.pro.present() ? PRO_ENV
				: this.demo.present() ? DEMO_ENV : DEMO_ENV + " (demo) or " + PRO_ENV + " (pro)";
	}

	@Override
	public String toString() {
		return "CoinGeckoKeys[" + this.demo + ", " + this.pro + "]";
	}

}
