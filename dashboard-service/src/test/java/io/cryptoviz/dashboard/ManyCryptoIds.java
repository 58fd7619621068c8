package io.cryptoviz.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Links that name far more cryptos than a page shows, with ids shaped like CoinGecko's:
 * the seeded assets' real ids first, then made-up ones of the usual length (4 to 14
 * characters, 10.5 on average for 10,000, such as {@code helio-swap} or
 * {@code astra-coin3}).
 */
public final class ManyCryptoIds {

	private static final String[] WORDS = { "astra", "bolt", "cinder", "delta", "ember", "flux", "gala", "helio", "ion",
			"jade", "kite", "lumen", "mira", "nexo", "orbit", "pyra", "quark", "rune", "sol", "terra", "umbra", "vega",
			"warp", "xeno", "yield", "zen" };

	private static final String[] SUFFIXES = { "coin", "token", "fi", "swap", "chain", "dao", "net", "x" };

	private ManyCryptoIds() {
	}

	/**
	 * @param count how many ids, all distinct
	 * @return {@link SeededStore#TOP_IDS} then made-up ids
	 */
	public static List<String> ids(int count) {
		List<String> ids = new ArrayList<>(List.of(SeededStore.TOP_IDS).subList(0, Math.min(count, 12)));
		for (int i = 0; ids.size() < count; i++) {
			int round = i / (WORDS.length * SUFFIXES.length);
			ids.add(WORDS[i % WORDS.length] + "-" + SUFFIXES[(i / WORDS.length) % SUFFIXES.length]
					+ ((round > 0) ? round : ""));
		}
		return ids;
	}

	/**
	 * @param count how many ids
	 * @return them joined with commas, as a {@code cryptos=} value
	 */
	public static String joined(int count) {
		return String.join(",", ids(count));
	}

}
