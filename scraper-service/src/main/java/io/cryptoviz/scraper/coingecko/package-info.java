/**
 * CoinGecko: the {@code /coins/markets} source that also decides which assets are
 * tracked, and the {@code market_chart} client the backfill uses. Keyless by default; a
 * demo or pro key changes the header and, for pro, the root URL.
 */
@NullMarked
package io.cryptoviz.scraper.coingecko;

import org.jspecify.annotations.NullMarked;
