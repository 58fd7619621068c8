/**
 * The Redis side and the loop: quotes move from the shared queue into this consumer's
 * processing list, are decoded (bad ones go to the dead-letter list with a reason),
 * written to storage in batches, and only then removed from the processing list.
 */
@NullMarked
package io.cryptoviz.consumer.ingest;

import org.jspecify.annotations.NullMarked;
