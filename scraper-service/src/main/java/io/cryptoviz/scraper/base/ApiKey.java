package io.cryptoviz.scraper.base;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

/**
 * One provider API key, read from the environment variable its provider names. Kept out
 * of the settings record so no {@code toString()}, log line or actuator page can print
 * it; a blank value counts as absent because {@code ./cryptoviz up --demo} passes keys
 * empty.
 */
public final class ApiKey {

	private final String variable;

	private final @Nullable String value;

	public ApiKey(String variable, @Nullable String value) {
		this.variable = variable;
		this.value = (value == null || value.isBlank()) ? null : value.strip();
	}

	public static ApiKey from(Environment environment, String variable) {
		return new ApiKey(variable, environment.getProperty(variable));
	}

	/**
	 * The environment variable a user sets or fixes, e.g. {@code COINMARKETCAP_API_KEY}.
	 */
	public String variable() {
		return this.variable;
	}

	public boolean present() {
		return this.value != null;
	}

	/** The key itself, for the request header only; null when unset. */
	public @Nullable String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.variable + "=" + ((this.value != null) ? "****" : "unset");
	}

}
