package io.cryptoviz.scraper.base;

import java.util.List;

/**
 * A list of names for one log line, cut to the first few plus "and N more", so a line
 * about 250 coins stays as short as a line about 5.
 */
public final class Names {

	/** How many names a rejection or missing-assets line spells out. */
	public static final int FEW = 5;

	private Names() {
	}

	/**
	 * The first {@code max} names joined by commas, then "and N more" if any are left.
	 */
	public static String capped(List<String> names, int max) {
		String shown = String.join(", ", names.subList(0, Math.min(max, names.size())));
		return (names.size() > max) ? shown + " and " + (names.size() - max) + " more" : shown;
	}

}
