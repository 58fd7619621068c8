package io.cryptoviz.store.read;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * One slice of a price export: one asset's rows per source within a time window, each
 * stored quote or one average per bucket. The caller keeps the window short enough that
 * the rows fit in memory and the read-only open stays brief; an export walks its period
 * slice by slice.
 *
 * @param assetId CoinGecko id
 * @param sources sources to include, at least one
 * @param from start, inclusive
 * @param to end, exclusive
 * @param bucket the bucket width, or null for every stored quote
 */
public record PriceRowQuery(String assetId, Set<Source> sources, Instant from, Instant to, @Nullable Duration bucket) {

	public PriceRowQuery {
		sources = Set.copyOf(sources);
		if (assetId.isBlank() || sources.isEmpty()) {
			throw new IllegalArgumentException("an asset and at least one source are needed");
		}
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("from " + from + " must be before to " + to);
		}
		if (bucket != null && (bucket.toSeconds() < 1 || Duration.ofDays(1).toSeconds() % bucket.toSeconds() != 0)) {
			// Buckets that divide a day start on multiples of their width since the
			// epoch,
			// as DuckDB's time_bucket aligns them, so a slice boundary on such a multiple
			// never splits a bucket between two slices.
			throw new IllegalArgumentException("bucket must divide one day in whole seconds, was " + bucket);
		}
	}

}
