/**
 * The consumer's writes: idempotent bulk inserts of quotes (Appender into a staging
 * table, then one anti-join INSERT per batch) and applying the migrations at startup.
 * Knows nothing about Redis.
 */
@NullMarked
package io.cryptoviz.store.write;

import org.jspecify.annotations.NullMarked;
