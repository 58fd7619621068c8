package io.cryptoviz.scraper.coingecko;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cryptoviz.model.Quote;
import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.base.SourceProfile;
import io.cryptoviz.scraper.tracked.AssetSelection;
import io.cryptoviz.scraper.tracked.TrackedAssets;

/**
 * CoinGecko {@code /coins/markets}, one call per cycle, asking for what
 * {@link AssetSelection} says (the top N, or ids) and reporting back which assets the
 * answer named: every quote is keyed by a CoinGecko id, so CoinGecko is the provider that
 * resolves the tracked list.
 */
final class CoinGeckoSource implements QuoteSource {

	private static final Logger log = LoggerFactory.getLogger(CoinGeckoSource.class);

	private final CoinGeckoClient client;

	private final AssetSelection selection;

	private final Clock clock;

	private final SourceProfile profile;

	CoinGeckoSource(CoinGeckoClient client, AssetSelection selection, Clock clock, SourceProfile profile) {
		this.client = client;
		this.selection = selection;
		this.clock = clock;
		this.profile = profile;
	}

	@Override
	public SourceProfile profile() {
		return this.profile;
	}

	@Override
	public SourceBatch fetch() throws InterruptedException {
		AssetSelection.Request request = this.selection.next();
		List<CoinGeckoMarket> markets = switch (request) {
			case AssetSelection.Top top -> this.client.topByMarketCap(top.count());
			case AssetSelection.Ids ids -> this.client.markets(ids.ids());
		};
		Instant fetchedAt = this.clock.instant();
		List<Quote> quotes = new ArrayList<>(markets.size());
		List<TrackedAssets.Asset> assets = new ArrayList<>(markets.size());
		int rejected = 0;
		for (CoinGeckoMarket market : markets) {
			try {
				Quote quote = CoinGeckoQuotes.toQuote(market, fetchedAt);
				quotes.add(quote);
				assets.add(new TrackedAssets.Asset(quote.assetId(), quote.symbol(), quote.name()));
			}
			catch (IllegalArgumentException ex) {
				rejected++;
				log.debug("coingecko: dropped {}: {}", market.id(), ex.getMessage());
				if (market.id() != null && market.symbol() != null && market.name() != null) {
					assets.add(new TrackedAssets.Asset(market.id(), market.symbol().toUpperCase(Locale.ROOT),
							market.name()));
				}
			}
		}
		this.selection.answered(request, assets, fetchedAt);
		return new SourceBatch(quotes, rejected, 0);
	}

}
