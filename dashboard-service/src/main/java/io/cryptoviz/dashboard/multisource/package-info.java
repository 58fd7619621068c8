/**
 * The Multi-Source Dashboard: prices of the chosen cryptos from CoinGecko and
 * CoinMarketCap over a period, in four display modes, with the price gap between the
 * sources, KPIs and the latest quotes. Every filter lives in the URL.
 */
@NullMarked
package io.cryptoviz.dashboard.multisource;

import org.jspecify.annotations.NullMarked;
