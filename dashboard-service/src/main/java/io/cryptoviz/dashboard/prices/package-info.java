/**
 * The price export behind {@code GET /api/v1/prices/{asset}}: one asset's stored quotes,
 * or their averages per 5 minutes, hour or day computed in SQL, written as JSON or CSV
 * while they are read. The period is read in time slices, each one short read-only open
 * of the store, so neither memory nor the consumer's write lock depends on its length.
 */
@NullMarked
package io.cryptoviz.dashboard.prices;

import org.jspecify.annotations.NullMarked;
