package io.cryptoviz.simulator.coinpaprika;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;

import io.cryptoviz.simulator.base.Timestamps;
import io.cryptoviz.simulator.market.Asset;
import io.cryptoviz.simulator.market.Snapshot;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One element of {@code /v1/tickers}, field for field in CoinPaprika's order, as the free
 * plan sends it.
 */
final class TickerItem {

	private TickerItem() {
	}

	static ObjectNode of(Snapshot quote, PaprikaIdentities.Identity identity, int rank) {
		Asset asset = quote.asset();
		ObjectNode item = JsonNodeFactory.instance.objectNode();
		item.put("id", identity.id());
		item.put("name", identity.name());
		item.put("symbol", asset.symbol().toUpperCase(Locale.ROOT));
		item.put("rank", rank);
		// No circulating_supply: the free plan leaves it out since 2024.
		item.put("total_supply", Math.round(asset.totalSupply()));
		// 0, not null, where there is no cap (ETH, SOL, DOGE in recorded payloads).
		item.put("max_supply", (asset.maxSupply() != null) ? Math.round(asset.maxSupply()) : 0);
		item.put("beta_value", beta(asset));
		item.put("first_data_at", Timestamps.isoSeconds(
				asset.dateAdded().atOffset(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
		item.put("last_updated", Timestamps.isoSeconds(quote.updatedAt()));
		ObjectNode usd = item.putObject("quotes").putObject("USD");
		usd.put("price", quote.price());
		usd.put("volume_24h", quote.volume24h());
		usd.put("volume_24h_change_24h", percent((quote.volume24h() / quote.volume24hDayAgo() - 1) * 100));
		usd.put("market_cap", Math.round(quote.marketCap()));
		usd.put("market_cap_change_24h", percent(quote.percentChange(Duration.ofDays(1))));
		change(usd, "15m", quote, Duration.ofMinutes(15));
		change(usd, "30m", quote, Duration.ofMinutes(30));
		change(usd, "1h", quote, Duration.ofHours(1));
		change(usd, "6h", quote, Duration.ofHours(6));
		change(usd, "12h", quote, Duration.ofHours(12));
		change(usd, "24h", quote, Duration.ofDays(1));
		change(usd, "7d", quote, Duration.ofDays(7));
		change(usd, "30d", quote, Duration.ofDays(30));
		change(usd, "1y", quote, Duration.ofDays(365));
		usd.put("ath_price", asset.ath());
		usd.put("ath_date", Timestamps.isoSeconds(asset.athDate()));
		usd.put("percent_from_price_ath", percent((quote.price() / asset.ath() - 1) * 100));
		return item;
	}

	private static void change(ObjectNode usd, String period, Snapshot quote, Duration over) {
		usd.put("percent_change_" + period, percent(quote.percentChange(over)));
	}

	/** CoinPaprika rounds every percentage to 2 decimals. */
	static double percent(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	/** Volatility against Bitcoin's; stablecoins get the tiny negative betas recorded. */
	private static double beta(Asset asset) {
		double beta = asset.stablecoin() ? -0.0009 : asset.volatility() / 0.55;
		return BigDecimal.valueOf(beta).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}

}
