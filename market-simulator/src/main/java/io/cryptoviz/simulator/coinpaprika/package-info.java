/**
 * The CoinPaprika v1 {@code /tickers} endpoint: every served asset in one JSON array,
 * with CoinPaprika's own ids ({@code btc-bitcoin}) and names, the free plan's fields (no
 * {@code circulating_supply}), {@code 0} for an unknown maximum supply, percent changes
 * rounded to 2 decimals and second-precision timestamps, as documented in
 * docs/providers/coinpaprika.md.
 */
@NullMarked
package io.cryptoviz.simulator.coinpaprika;

import org.jspecify.annotations.NullMarked;
