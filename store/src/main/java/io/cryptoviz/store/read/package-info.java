/**
 * The read path: {@link io.cryptoviz.store.read.MarketReads} (the dashboard's queries)
 * and {@link io.cryptoviz.store.read.StoreStats} (the stats command's) over a
 * {@link io.cryptoviz.store.read.ReadOnlyStore} that opens the file read-only for one
 * short burst. The row records are mapped here; "no data yet", "busy" and "unreadable"
 * come back as {@link io.cryptoviz.store.read.NotReadable}. Rows of unknown sources never
 * fail a read.
 */
@NullMarked
package io.cryptoviz.store.read;

import org.jspecify.annotations.NullMarked;
