package io.cryptoviz.store.read;

import java.util.List;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Downsampled prices of one asset, from one source or averaged over the requested
 * sources.
 *
 * @param assetId CoinGecko id
 * @param source the source, or null when sources were averaged per bucket
 * @param points at most the query's maxPoints, oldest first
 */
public record PriceSeries(String assetId, @Nullable Source source, List<PricePoint> points) {

	public PriceSeries {
		points = List.copyOf(points);
	}

}
