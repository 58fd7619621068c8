package io.cryptoviz.simulator.coinmarketcap;

import java.time.Duration;
import java.util.Locale;

import io.cryptoviz.simulator.base.Timestamps;
import io.cryptoviz.simulator.market.Asset;
import io.cryptoviz.simulator.market.Snapshot;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One element of the v1 listings {@code data} array, field for field in CMC's order.
 */
final class ListingItem {

	/**
	 * The simulated assets stand for this share of the whole crypto market, so
	 * {@code market_cap_dominance} looks like CMC's (BTC around 55-60 %).
	 */
	static final double SHARE_OF_WHOLE_MARKET = 0.93;

	private ListingItem() {
	}

	static ObjectNode of(Snapshot quote, int rank, double totalMarketCap) {
		Asset asset = quote.asset();
		String updated = Timestamps.isoMillis(quote.updatedAt());
		double supplyCap = (asset.maxSupply() != null) ? asset.maxSupply() : asset.totalSupply();
		JsonNodeFactory nodes = JsonNodeFactory.instance;

		ObjectNode item = nodes.objectNode();
		item.put("id", asset.cmcId());
		item.put("name", asset.cmcName());
		item.put("symbol", asset.symbol().toUpperCase(Locale.ROOT));
		item.put("slug", asset.cmcSlug());
		item.put("num_market_pairs", asset.marketPairs());
		item.put("date_added", Timestamps.isoMillis(asset.dateAdded()));
		ArrayNode tags = item.putArray("tags");
		asset.tags().forEach(tags::add);
		item.put("max_supply", asset.maxSupply());
		item.put("circulating_supply", asset.circulatingSupply());
		item.put("total_supply", asset.totalSupply());
		item.put("infinite_supply", asset.maxSupply() == null);
		if (asset.tokenAddress() != null) {
			item.putObject("platform")
				.put("id", 1027)
				.put("name", "Ethereum")
				.put("symbol", "ETH")
				.put("slug", "ethereum")
				.put("token_address", asset.tokenAddress());
		}
		else {
			item.putNull("platform");
		}
		item.put("cmc_rank", rank);
		item.putNull("self_reported_circulating_supply");
		item.putNull("self_reported_market_cap");
		item.putNull("tvl_ratio");
		item.put("last_updated", updated);
		ObjectNode usd = item.putObject("quote").putObject("USD");
		usd.put("price", quote.price());
		usd.put("volume_24h", quote.volume24h());
		usd.put("volume_change_24h", (quote.volume24h() / quote.volume24hDayAgo() - 1) * 100);
		usd.put("percent_change_1h", quote.percentChange(Duration.ofHours(1)));
		usd.put("percent_change_24h", quote.percentChange(Duration.ofDays(1)));
		usd.put("percent_change_7d", quote.percentChange(Duration.ofDays(7)));
		usd.put("percent_change_30d", quote.percentChange(Duration.ofDays(30)));
		usd.put("percent_change_60d", quote.percentChange(Duration.ofDays(60)));
		usd.put("percent_change_90d", quote.percentChange(Duration.ofDays(90)));
		usd.put("market_cap", quote.marketCap());
		usd.put("market_cap_dominance", quote.marketCap() / totalMarketCap * 100);
		usd.put("fully_diluted_market_cap", quote.price() * supplyCap);
		usd.putNull("tvl");
		usd.put("last_updated", updated);
		return item;
	}

}
