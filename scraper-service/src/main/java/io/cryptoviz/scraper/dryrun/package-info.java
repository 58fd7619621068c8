/**
 * {@code ./cryptoviz scrape --once}: every enabled source fetched once, its normalised
 * quotes printed as a table, nothing published and no Redis needed (the {@code dry-run}
 * profile leaves out the cycle, the publisher and the backfill).
 */
@NullMarked
package io.cryptoviz.scraper.dryrun;

import org.jspecify.annotations.NullMarked;
