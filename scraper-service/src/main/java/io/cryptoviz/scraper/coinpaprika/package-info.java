/**
 * CoinPaprika: one {@code GET /v1/tickers} per cycle (every coin of the free plan, about
 * 2 MB, read one element at a time), matched to the tracked CoinGecko ids by symbol plus
 * name with an override table, never guessed. No key; on unless
 * {@code cryptoviz.scraper.sources.coinpaprika.enabled=false}. Facts in
 * {@code docs/providers/coinpaprika.md}.
 */
@NullMarked
package io.cryptoviz.scraper.coinpaprika;

import org.jspecify.annotations.NullMarked;
