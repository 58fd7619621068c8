/**
 * An offline stand-in for CoinGecko, CoinMarketCap and CoinPaprika that serves their
 * documented JSON from one seeded price path per asset, with switchable faults for
 * resilience tests.
 */
@NullMarked
package io.cryptoviz.simulator;

import org.jspecify.annotations.NullMarked;
