/**
 * The {@code ./cryptoviz stats} command: a plain main that prints what the store and the
 * queues hold, for people monitoring a running stack. No Spring context; it opens the
 * DuckDB file read-only with the consumer's lock retry.
 */
@NullMarked
package io.cryptoviz.consumer.stats;

import org.jspecify.annotations.NullMarked;
