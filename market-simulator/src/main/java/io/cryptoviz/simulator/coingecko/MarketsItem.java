package io.cryptoviz.simulator.coingecko;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.cryptoviz.simulator.base.Numbers;
import io.cryptoviz.simulator.base.Timestamps;
import io.cryptoviz.simulator.market.Asset;
import io.cryptoviz.simulator.market.Snapshot;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One element of {@code /coins/markets}, field for field and in CoinGecko's order.
 */
final class MarketsItem {

	private static final Duration DAY = Duration.ofDays(1);

	private MarketsItem() {
	}

	static ObjectNode of(Snapshot quote, int rank) {
		Asset asset = quote.asset();
		double price = price(quote.price());
		long marketCap = Math.round(price * asset.circulatingSupply());
		boolean fresh = asset.freshListing();
		double ath = Math.max(asset.ath(), price);
		Instant athDate = (price > asset.ath()) ? quote.updatedAt() : asset.athDate();
		double atl = Math.min(asset.atl(), price);
		Instant atlDate = (price < asset.atl()) ? quote.updatedAt() : asset.atlDate();
		Double supplyCap = (asset.maxSupply() != null) ? asset.maxSupply() : asset.totalSupply();

		ObjectNode item = JsonNodeFactory.instance.objectNode();
		item.put("id", asset.cgId());
		item.put("symbol", asset.symbol().toLowerCase(Locale.ROOT));
		item.put("name", asset.cgName());
		item.put("image", asset.imageUrl());
		item.put("current_price", price);
		item.put("market_cap", marketCap);
		item.put("market_cap_rank", rank);
		item.put("fully_diluted_valuation", Math.round(price * supplyCap));
		item.put("total_volume", Math.round(quote.volume24h()));
		item.put("high_24h", fresh ? null : price(quote.high24h()));
		item.put("low_24h", fresh ? null : price(quote.low24h()));
		double dayAgo = quote.priceAgo(DAY);
		item.put("price_change_24h", fresh ? null : Numbers.significant(quote.price() - dayAgo, 8));
		item.put("price_change_percentage_24h", fresh ? null : Numbers.significant(quote.percentChange(DAY), 6));
		double capDayAgo = quote.marketCapAgo(DAY);
		item.put("market_cap_change_24h", fresh ? null : (Long) Math.round(marketCap - capDayAgo));
		item.put("market_cap_change_percentage_24h",
				fresh ? null : Numbers.significant(((double) marketCap / capDayAgo - 1) * 100, 6));
		item.put("circulating_supply", asset.circulatingSupply());
		item.put("total_supply", asset.totalSupply());
		item.put("max_supply", asset.maxSupply());
		item.put("ath", price(ath));
		item.put("ath_change_percentage", Numbers.significant((price / ath - 1) * 100, 6));
		item.put("ath_date", Timestamps.isoMillis(athDate));
		item.put("atl", price(atl));
		item.put("atl_change_percentage", Numbers.significant((price / atl - 1) * 100, 6));
		item.put("atl_date", Timestamps.isoMillis(atlDate));
		if (asset.roiBasePrice() != null) {
			double times = price / asset.roiBasePrice() - 1;
			item.putObject("roi")
				.put("times", Numbers.significant(times, 10))
				.put("currency", "usd")
				.put("percentage", Numbers.significant(times * 100, 10));
		}
		else {
			item.putNull("roi");
		}
		item.put("last_updated", Timestamps.isoMillis(quote.updatedAt()));
		return item;
	}

	/** CoinGecko prints prices with about eight significant digits. */
	static double price(double value) {
		return Numbers.significant(value, 8);
	}

}
