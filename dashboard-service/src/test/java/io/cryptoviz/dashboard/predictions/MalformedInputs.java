package io.cryptoviz.dashboard.predictions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic combinations of wrong, hostile and edge-case parameter values for the
 * fuzz tests of the API and the page URL.
 */
public final class MalformedInputs {

	/** Parameter names the API and the page read. */
	public static final List<String> NAMES = List.of("horizon", "history", "source", "models", "ma_short", "ma_long",
			"momentum", "mode", "panels", "crypto");

	/** Values that are wrong for every numeric parameter, and most others. */
	public static final List<String> BAD = List.of("", " ", "-1", "0", "-0", "+5", "NaN", "-NaN", "Infinity",
			"-Infinity", "1e3", "4.5", "4,5", "0x10", "abc", "null", "true", "[]", "{}", "\u0000", "\uD83D\uDCA5",
			"999999999999999999999", "2147483648", "-2147483649", "1 2", "' OR 1=1 --", "../../etc/passwd",
			"<script>alert(1)</script>", "%", "%%", "a".repeat(5000), "ma_short,arima", "ALL,cg", "rsi,,", "25h",
			"PT4H", "4 hours");

	/** Values that are valid somewhere, so combinations also mix good and bad. */
	public static final List<String> GOOD = List.of("1", "4", "6", "24", "72", "20", "50", "5", "30", "100", "all",
			"cg", "cmc", "coingecko", "trend", "naive", "manual", "continuous", "rsi", "bitcoin");

	/** Asset ids that are malformed or unknown. */
	public static final List<String> ASSETS = List.of("bitcoin", "BITCOIN", "no-such-coin", "bit coin", "..", ".", "-",
			"_", "a".repeat(101), "%00", "\uD83D\uDCA5", "tether", "usd-coin", "'", "null", "1", "asset-999");

	private MalformedInputs() {
	}

	/**
	 * @param count how many combinations
	 * @param seed random seed, fixed so failures reproduce
	 * @return parameter maps of 1 to 5 entries, at least one value bad in each
	 */
	public static List<Map<String, String>> combinations(int count, long seed) {
		Random random = new Random(seed);
		List<Map<String, String>> combinations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, String> parameters = new LinkedHashMap<>();
			int size = 1 + random.nextInt(5);
			for (int j = 0; j < size; j++) {
				String name = NAMES.get(random.nextInt(NAMES.size()));
				boolean bad = j == 0 || random.nextBoolean();
				List<String> values = bad ? BAD : GOOD;
				parameters.put(name, values.get(random.nextInt(values.size())));
			}
			combinations.add(parameters);
		}
		return combinations;
	}

	/**
	 * @param index a combination index
	 * @return an asset id for it
	 */
	public static String asset(int index) {
		return ASSETS.get(index % ASSETS.size());
	}

}
