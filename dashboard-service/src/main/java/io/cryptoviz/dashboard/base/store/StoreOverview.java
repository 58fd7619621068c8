package io.cryptoviz.dashboard.base.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The store at a glance, for status panels and KPI cards.
 *
 * @param totalRecords rows in the quotes table
 * @param trackedAssets distinct assets quoted in the last day before the newest quote
 * @param sources per-source counts, one entry per source that has data
 * @param first oldest quote timestamp
 * @param newest newest quote timestamp
 */
public record StoreOverview(long totalRecords, int trackedAssets, List<SourceStats> sources, Instant first,
		Instant newest) {

	public StoreOverview {
		sources = List.copyOf(sources);
		if (newest.isBefore(first)) {
			throw new IllegalArgumentException("newest " + newest + " is before first " + first);
		}
	}

	/**
	 * @param now the current time
	 * @param window how recent a source's newest quote must be
	 * @return sources that delivered within the window
	 */
	public long activeSources(Instant now, Duration window) {
		return this.sources.stream().filter(s -> !s.newest().isBefore(now.minus(window))).count();
	}

}
