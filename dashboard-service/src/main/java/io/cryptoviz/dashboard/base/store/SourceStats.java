package io.cryptoviz.dashboard.base.store;

import java.time.Instant;

import io.cryptoviz.model.Source;

/**
 * What one source has delivered so far.
 *
 * @param source the provider
 * @param records rows stored
 * @param assets tracked assets this source quoted in the last day of data
 * @param first oldest quote timestamp (UTC)
 * @param newest newest quote timestamp (UTC)
 */
public record SourceStats(Source source, long records, int assets, Instant first, Instant newest) {

	public SourceStats {
		if (records < 0 || assets < 0) {
			throw new IllegalArgumentException("counts must not be negative: " + records + ", " + assets);
		}
	}

}
