package io.cryptoviz.model;

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

	public AssetId {
		if (value == null || !isValid(value)) {
			throw new IllegalArgumentException(
					"asset id must be " + RULE + ", was " + ((value == null) ? null : "'" + value + "'"));
		}
	}

	/**
	 * Whether {@code value} is a well-formed asset id: {@link #REGEX}, checked by hand
	 * because every decoded quote passes here and a regex match allocates.
	 */
	public static boolean isValid(String value) {
		int length = value.length();
		if (length < 1 || length > MAX_LENGTH || !lowerOrDigit(value.charAt(0))) {
			return false;
		}
		for (int i = 1; i < length; i++) {
			char c = value.charAt(i);
			if (!lowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
				return false;
			}
		}
		return true;
	}

	private static boolean lowerOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	@Override
	public String toString() {
		return this.value;
	}

}
