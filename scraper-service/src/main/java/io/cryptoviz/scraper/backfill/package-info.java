/**
 * History on first start: CoinGecko {@code market_chart} points for each tracked asset,
 * published as ordinary quotes once, with the assets done recorded in Redis.
 */
@NullMarked
package io.cryptoviz.scraper.backfill;

import org.jspecify.annotations.NullMarked;
