package io.cryptoviz.systemtest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated malformed inputs: parameter values, path segments and queue messages. */
final class Malformed {

	private static final List<String> VALUES = List.of("", " ", "-1", "0", "999999999999999999999", "1e309", "NaN",
			"-Infinity", "abc", "1.5.5", "0x10", "null", "[]", "{}", "'; DROP TABLE crypto_prices; --",
			"<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "😀", "bitcoin,,,,", ",".repeat(300),
			"a".repeat(5000), "2026-13-45", "P1D", "true", "-0", "1;2", "%", "\\", "\"");

	private final Random random;

	Malformed(long seed) {
		this.random = new Random(seed);
	}

	String value() {
		String base = VALUES.get(this.random.nextInt(VALUES.size()));
		return (this.random.nextInt(4) == 0) ? base + VALUES.get(this.random.nextInt(VALUES.size())) : base;
	}

	String encoded() {
		return URLEncoder.encode(value(), StandardCharsets.UTF_8);
	}

	/** Queue messages that must all be dead-lettered, each distinct. */
	List<String> messages(int count) {
		List<String> templates = List.of("not json %d", "{\"v\":1,\"assetId\":\"x%d\"}", "[%d]", "{}%d",
				"{\"v\":99,\"n\":%d}", "%d", "\"string %d\"",
				"{\"v\":1,\"assetId\":\"bad-%d\",\"symbol\":\"B\",\"name\":\"Bad\",\"priceUsd\":-5,\"source\":\"COINGECKO\","
						+ "\"sourceTimestamp\":\"2026-01-01T00:00:00Z\",\"fetchedAt\":\"2026-01-01T00:00:01Z\"}",
				"{\"v\":1,\"assetId\":\"bad-%d\",\"symbol\":\"B\",\"name\":\"Bad\",\"priceUsd\":\"NaN\",\"source\":\"KRAKEN\"}",
				"{\"v\":1,\"assetId\":\"" + "y".repeat(500) + "%d\"}", "\u0001\u0002binary %d \uFFFD",
				"{\"v\":1,\"assetId\":\"bad-%d\",\"symbol\":\"B\",\"name\":\"Bad\",\"priceUsd\":1,\"source\":\"COINGECKO\","
						+ "\"sourceTimestamp\":\"yesterday\",\"fetchedAt\":\"now\"}");
		List<String> messages = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			messages.add(templates.get(i % templates.size()).formatted(i));
		}
		return messages;
	}

}
