/**
 * The CoinGecko v3 API subset the scraper uses: {@code /coins/markets},
 * {@code /coins/{id}/market_chart} and {@code /ping}, with CoinGecko's own field names,
 * nulls, granularity rules and error bodies.
 */
@NullMarked
package io.cryptoviz.simulator.coingecko;

import org.jspecify.annotations.NullMarked;
