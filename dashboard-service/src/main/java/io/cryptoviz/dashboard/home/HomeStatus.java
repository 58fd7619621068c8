package io.cryptoviz.dashboard.home;

import java.time.Instant;

import io.cryptoviz.dashboard.base.Freshness;
import io.cryptoviz.dashboard.base.pipeline.PipelineStatus;
import io.cryptoviz.dashboard.base.store.StoreOverview;
import io.cryptoviz.dashboard.base.store.StoreResult;

/**
 * Everything the status panel shows, read in one go.
 *
 * @param pipeline Redis and the queues
 * @param store the store overview, or why there is none
 * @param now when it was read
 * @param freshness how recent the newest quote is (stale when there is none)
 * @param activeSources sources that delivered within the stale limit
 */
public record HomeStatus(PipelineStatus pipeline, StoreResult<StoreOverview> store, Instant now, Freshness freshness,
		long activeSources) {
}
