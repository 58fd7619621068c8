package io.cryptoviz.scraper.coingecko;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.base.ProviderTimestamps;

/** Maps a markets entry to the common quote; nulls stay null. */
final class CoinGeckoQuotes {

	private CoinGeckoQuotes() {
	}

	/**
	 * @throws IllegalArgumentException when the entry cannot make a valid quote
	 */
	static Quote toQuote(CoinGeckoMarket market, Instant fetchedAt) {
		if (market.currentPrice() == null) {
			throw new IllegalArgumentException("current_price is null");
		}
		return new Quote(market.id(), market.symbol(), market.name(), market.currentPrice(),
				market.priceChangePercentage24h(), market.marketCap(), market.totalVolume(), Source.COINGECKO,
				timestamp(market.lastUpdated()), fetchedAt);
	}

	static Instant timestamp(@Nullable String text) {
		return ProviderTimestamps.parse(text);
	}

}
