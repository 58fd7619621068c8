/**
 * A log of the provider requests the simulator served, with counts per endpoint, so tests
 * of the scraper can assert call counts and pacing over HTTP.
 */
@NullMarked
package io.cryptoviz.simulator.requests;

import org.jspecify.annotations.NullMarked;
