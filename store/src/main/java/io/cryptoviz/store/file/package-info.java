/**
 * Opening the shared DuckDB file: read-write for one transaction or read-only for a
 * burst, each time briefly, because DuckDB lets one process write or several read, never
 * both. The one lock-conflict detection and the lock wait (backoff, WARN, ERROR, give-up)
 * live here.
 */
@NullMarked
package io.cryptoviz.store.file;

import org.jspecify.annotations.NullMarked;
