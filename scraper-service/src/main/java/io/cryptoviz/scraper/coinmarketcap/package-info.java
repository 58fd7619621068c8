/**
 * CoinMarketCap: the v1 {@code listings/latest} source, matched to the tracked CoinGecko
 * ids by slug with an override table, never by symbol or name. Off unless
 * {@code COINMARKETCAP_API_KEY} is set.
 */
@NullMarked
package io.cryptoviz.scraper.coinmarketcap;

import org.jspecify.annotations.NullMarked;
