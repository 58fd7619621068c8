/**
 * The read path into the consumer's DuckDB file.
 * {@link io.cryptoviz.dashboard.base.store.MarketData} is the only entry point: it opens
 * the file read-only for one short burst of queries, retries the consumer's write lock
 * with jittered backoff, caches results for a few seconds and reports "no data yet" or
 * "busy" as values, never as exceptions.
 */
@NullMarked
package io.cryptoviz.dashboard.base.store;

import org.jspecify.annotations.NullMarked;
