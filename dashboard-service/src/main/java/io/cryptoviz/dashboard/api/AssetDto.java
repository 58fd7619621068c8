package io.cryptoviz.dashboard.api;

import java.time.Instant;
import java.util.List;

import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.predictions.Stablecoins;

/**
 * A tracked asset.
 *
 * @param id CoinGecko id, used in every other endpoint
 * @param symbol ticker (display only: tickers collide)
 * @param name display name
 * @param stablecoin pegged to a currency: its forecasts are noise
 * @param sources sources that quoted it in the last day
 * @param points quotes stored for it, all sources together
 * @param newest newest quote timestamp (UTC)
 */
record AssetDto(String id, String symbol, String name, boolean stablecoin, List<String> sources, long points,
		Instant newest) {

	static AssetDto of(Asset asset, long points) {
		return new AssetDto(asset.assetId(), asset.symbol(), asset.name(), Stablecoins.contains(asset.assetId()),
				asset.sources()
					.stream()
					.map(source -> source.name().toLowerCase(java.util.Locale.ROOT))
					.sorted()
					.toList(),
				points, asset.newest());
	}

}
