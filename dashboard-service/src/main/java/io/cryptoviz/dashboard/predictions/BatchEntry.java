package io.cryptoviz.dashboard.predictions;

import org.jspecify.annotations.Nullable;

/**
 * One asset of a batch: its analysis, or why there is none (unknown asset, no prices), so
 * that one bad id does not fail the other analyses.
 *
 * @param assetId the id as asked
 * @param analysis the analysis, or null
 * @param problem why there is no analysis, or null
 */
public record BatchEntry(String assetId, @Nullable Analysis analysis, @Nullable String problem) {

	public BatchEntry {
		if ((analysis == null) == (problem == null)) {
			throw new IllegalArgumentException("exactly one of analysis and problem must be set for " + assetId);
		}
	}

}
