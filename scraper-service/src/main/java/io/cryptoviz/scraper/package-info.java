/**
 * The scraper service: polls CoinGecko, CoinMarketCap and CoinPaprika, normalises their
 * answers to the common quote and pushes them onto the Redis queue.
 */
@NullMarked
package io.cryptoviz.scraper;

import org.jspecify.annotations.NullMarked;
