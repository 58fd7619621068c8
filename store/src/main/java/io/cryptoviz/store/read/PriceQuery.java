package io.cryptoviz.store.read;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.cryptoviz.model.Source;

/**
 * Which prices to read, and how finely.
 *
 * @param assetIds CoinGecko ids, at least one
 * @param sources sources to include, at least one
 * @param from start, inclusive
 * @param to end, inclusive
 * @param maxPoints most points per series; the bucket width follows from it
 * @param perSource one series per source, or one per asset averaging the sources
 */
public record PriceQuery(List<String> assetIds, Set<Source> sources, Instant from, Instant to, int maxPoints,
		boolean perSource) {

	/** Narrowest bucket: the scraper polls every 5 minutes, so this keeps raw points. */
	static final Duration MIN_BUCKET = Duration.ofMinutes(1);

	public PriceQuery {
		assetIds = List.copyOf(assetIds);
		sources = Set.copyOf(sources);
		if (assetIds.isEmpty() || sources.isEmpty()) {
			throw new IllegalArgumentException("at least one asset and one source are needed");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("to " + to + " is before from " + from);
		}
		if (maxPoints < 10) {
			throw new IllegalArgumentException("maxPoints must be at least 10, was " + maxPoints);
		}
	}

	/**
	 * The time-bucket width that keeps every series at or under {@code maxPoints}:
	 * buckets are aligned to a fixed origin, so the span can touch one extra bucket at
	 * each end.
	 * @return the bucket width, at least one minute, in whole minutes above five
	 */
	public Duration bucket() {
		long spanSeconds = Math.max(1, Duration.between(this.from, this.to).toSeconds());
		long seconds = Math.max(MIN_BUCKET.toSeconds(), ceilDiv(spanSeconds, this.maxPoints - 2));
		if (seconds > 300) {
			seconds = ceilDiv(seconds, 60) * 60;
		}
		return Duration.ofSeconds(seconds);
	}

	private static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}

}
