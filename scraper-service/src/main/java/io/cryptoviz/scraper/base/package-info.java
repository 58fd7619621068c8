/**
 * Pieces every feature of the scraper shares: settings, API keys, the resilient HTTP call
 * with its rate limiter, the source contract and the tracked asset list. Depends on no
 * other scraper package.
 */
@NullMarked
package io.cryptoviz.scraper.base;

import org.jspecify.annotations.NullMarked;
