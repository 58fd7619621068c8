/**
 * The polling cycle: each enabled source on its own thread, first at startup and then
 * every interval, one log line per source per cycle and the cycle metrics.
 */
@NullMarked
package io.cryptoviz.scraper.cycle;

import org.jspecify.annotations.NullMarked;
