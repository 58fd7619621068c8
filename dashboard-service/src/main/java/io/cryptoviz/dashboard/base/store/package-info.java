/**
 * The dashboard's side of the store: {@link io.cryptoviz.dashboard.base.store.MarketData}
 * is the only entry point for pages and the API. It reads through the store module's
 * {@code MarketReads} (read-only bursts, lock retries, all SQL), caches results for a few
 * seconds and reports "no data yet", "busy" or "unreadable" as
 * {@link io.cryptoviz.dashboard.base.store.StoreResult} values, never as exceptions.
 */
@NullMarked
package io.cryptoviz.dashboard.base.store;

import org.jspecify.annotations.NullMarked;
