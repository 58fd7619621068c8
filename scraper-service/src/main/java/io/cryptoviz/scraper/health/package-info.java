/**
 * Health of the data, not of the process: one indicator per source telling how long ago
 * it last delivered, grouped as the {@code freshness} health group so staleness never
 * marks the scraper itself down.
 */
@NullMarked
package io.cryptoviz.scraper.health;

import org.jspecify.annotations.NullMarked;
