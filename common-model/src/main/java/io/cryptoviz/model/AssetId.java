package io.cryptoviz.model;

import java.util.regex.Pattern;

/**
 * The one rule for an asset id: a CoinGecko coin id such as {@code bitcoin} or
 * {@code avalanche-2}. Every source's quotes are keyed by it, and every setting, URL and
 * API parameter that names an asset is checked against it.
 *
 * @param value lower-case letters, digits, '.', '_' or '-', starting with a letter or a
 * digit, at most {@value #MAX_LENGTH} characters
 */
public record AssetId(String value) {

	/** Longest accepted id. */
	public static final int MAX_LENGTH = 100;

	/** The rule, for validation annotations and messages. */
	public static final String REGEX = "[a-z0-9][a-z0-9._-]{0,99}";

	/** The rule in words, for error messages. */
	public static final String RULE = "a CoinGecko id: lower-case letters, digits, '.', '_' or '-', at most "
			+ MAX_LENGTH + " characters";

	private static final Pattern PATTERN = Pattern.compile(REGEX);

	public AssetId {
		if (value == null || !isValid(value)) {
			throw new IllegalArgumentException(
					"asset id must be " + RULE + ", was " + ((value == null) ? null : "'" + value + "'"));
		}
	}

	/** Whether {@code value} is a well-formed asset id. */
	public static boolean isValid(String value) {
		return PATTERN.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
