package io.cryptoviz.dashboard.base.store;

import java.util.Map;

import io.cryptoviz.store.read.MarketReads;

import org.springframework.stereotype.Service;

/**
 * How many quotes the store holds per asset, for the API's asset list. A separate reader
 * rather than part of {@link MarketData}'s asset list because it scans the whole table,
 * which the pages do not need; it is cached like every other read.
 */
@Service
public class AssetPoints {

	private final MarketReads reads;

	private final QueryCache cache;

	AssetPoints(MarketReads reads, QueryCache cache) {
		this.reads = reads;
		this.cache = cache;
	}

	/**
	 * @return stored quotes per asset id, all sources together
	 */
	public StoreResult<Map<String, Long>> perAsset() {
		return this.cache.get("points per asset", () -> StoreReads.result(this.reads::pointsPerAsset));
	}

}
