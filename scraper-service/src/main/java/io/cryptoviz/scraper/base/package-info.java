/**
 * Pieces every feature of the scraper shares: settings (one named instance per source),
 * the API-key holder, the resilient HTTP call with its rate limiter, the error bodies
 * more than one provider uses, and the source contract. Knows no provider by name and
 * depends on no other scraper package.
 */
@NullMarked
package io.cryptoviz.scraper.base;

import org.jspecify.annotations.NullMarked;
