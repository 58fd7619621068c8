package io.cryptoviz.store.read;

import java.time.Instant;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * One stored quote, as the recent-data grid shows it.
 *
 * @param assetId CoinGecko id
 * @param symbol ticker as this source spells it
 * @param name name as this source spells it
 * @param source the provider
 * @param price price in USD
 * @param change24h 24 h change in percent, or null
 * @param marketCap market cap in USD, or null
 * @param volume24h 24 h volume in USD, or null
 * @param timestamp provider timestamp (UTC)
 */
public record QuoteRow(String assetId, String symbol, String name, Source source, double price,
		@Nullable Double change24h, @Nullable Double marketCap, @Nullable Double volume24h, Instant timestamp) {
}
