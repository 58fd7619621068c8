package io.cryptoviz.store.read;

import java.time.Instant;

import io.cryptoviz.model.Source;

/**
 * The newest price one source reported for one asset.
 *
 * @param assetId CoinGecko id
 * @param source the provider
 * @param price price in USD
 * @param timestamp when the provider last updated it
 */
public record SourcePrice(String assetId, Source source, double price, Instant timestamp) {
}
