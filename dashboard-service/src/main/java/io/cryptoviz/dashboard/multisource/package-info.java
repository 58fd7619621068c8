/**
 * The Multi-Source Dashboard: prices of the chosen cryptos from every source in the
 * catalog over a period, in four display modes, with the gap between two sources or the
 * spread of more against their median, KPIs and the latest quotes. Every filter lives in
 * the URL.
 */
@NullMarked
package io.cryptoviz.dashboard.multisource;

import org.jspecify.annotations.NullMarked;
