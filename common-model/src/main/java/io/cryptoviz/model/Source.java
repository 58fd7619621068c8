package io.cryptoviz.model;

import java.util.regex.Pattern;

/**
 * The upstream a quote came from, by the name it travels and is stored under, such as
 * {@code COINGECKO}.
 * <p>
 * Sources are open: the wire format and the store accept any well-formed name, so a new
 * provider needs no change here. The constants below only name the providers this build
 * ships; labels and colours for people are the dashboard's configuration.
 *
 * @param name upper-case letters, digits and underscores, starting with a letter, at most
 * 32 characters
 */
public record Source(String name) implements Comparable<Source> {

	/** The rule every source name follows. */
	public static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	public static final Source COINGECKO = new Source("COINGECKO");

	public static final Source COINMARKETCAP = new Source("COINMARKETCAP");

	public static final Source COINPAPRIKA = new Source("COINPAPRIKA");

	public Source {
		if (name == null || !isValid(name)) {
			throw new IllegalArgumentException(
					"source must be upper-case letters, digits or '_', starting with a letter, at most 32 characters, was "
							+ ((name == null) ? null : "'" + name + "'"));
		}
	}

	/**
	 * @param name a source name, as on the wire or in the store
	 * @return the source
	 * @throws IllegalArgumentException if the name is not well formed
	 */
	public static Source of(String name) {
		return switch (name) {
			case "COINGECKO" -> COINGECKO;
			case "COINMARKETCAP" -> COINMARKETCAP;
			case "COINPAPRIKA" -> COINPAPRIKA;
			default -> new Source(name);
		};
	}

	/**
	 * Whether {@code name} is a well-formed source name ({@link #NAME}), checked by hand
	 * because every decoded quote passes here and a regex match allocates.
	 */
	public static boolean isValid(String name) {
		int length = name.length();
		if (length < 1 || length > 32 || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
			return false;
		}
		for (int i = 1; i < length; i++) {
			char c = name.charAt(i);
			if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
				return false;
			}
		}
		return true;
	}

	/** The name in lower case, as settings and URLs spell it ({@code coingecko}). */
	public String key() {
		return this.name.toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public int compareTo(Source other) {
		return this.name.compareTo(other.name);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
