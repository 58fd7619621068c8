/**
 * Tracked assets: which coins the scraper follows (the configured CoinGecko ids, or the
 * top N by market cap looked up again daily), the assets a secondary source may quote now
 * (exactly the ones CoinGecko listed; until then it waits), and the generic matching of
 * another provider's listings to them through an override table plus a provider rule,
 * checked against CoinGecko's price. Owns the list and its rules; the CoinGecko source
 * only reports what CoinGecko answered.
 */
@NullMarked
package io.cryptoviz.scraper.tracked;

import org.jspecify.annotations.NullMarked;
