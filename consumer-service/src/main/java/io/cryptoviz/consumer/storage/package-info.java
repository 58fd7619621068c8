/**
 * The DuckDB side: the {@code crypto_prices} table and its migrations, idempotent bulk
 * writes, and opening the shared file only briefly with lock-conflict retries so the
 * dashboard can read between flushes. Knows nothing about Redis.
 */
@NullMarked
package io.cryptoviz.consumer.storage;

import org.jspecify.annotations.NullMarked;
