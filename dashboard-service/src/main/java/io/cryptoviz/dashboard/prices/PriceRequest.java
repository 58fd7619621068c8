package io.cryptoviz.dashboard.prices;

import java.time.Instant;

import io.cryptoviz.dashboard.base.source.SourceSelection;
import org.jspecify.annotations.Nullable;

/**
 * A checked export request; the period is resolved against the data when it is read.
 *
 * @param assetId CoinGecko id
 * @param from start, inclusive, or null for the interval's default period before
 * {@code to}
 * @param to end, exclusive, or null for just after the asset's newest quote
 * @param source which sources
 * @param interval the sampling
 */
public record PriceRequest(String assetId, @Nullable Instant from, @Nullable Instant to, SourceSelection source,
		PriceInterval interval) {
}
