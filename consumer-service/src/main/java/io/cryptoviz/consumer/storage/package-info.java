/**
 * The consumer's wiring of the store module: the DuckDB file and the quote writer built
 * from {@code cryptoviz.consumer.*}, and a health indicator that never opens the file.
 * The schema, the writes and the lock wait themselves live in {@code io.cryptoviz.store}.
 */
@NullMarked
package io.cryptoviz.consumer.storage;

import org.jspecify.annotations.NullMarked;
