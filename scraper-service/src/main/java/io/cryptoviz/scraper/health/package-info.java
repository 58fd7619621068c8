/**
 * Health of the data, not of the process: one indicator per source telling how long ago
 * it last delivered, grouped as {@code sources} so staleness never marks the scraper
 * itself down.
 */
@NullMarked
package io.cryptoviz.scraper.health;

import org.jspecify.annotations.NullMarked;
