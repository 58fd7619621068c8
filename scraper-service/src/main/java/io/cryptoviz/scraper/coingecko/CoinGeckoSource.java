package io.cryptoviz.scraper.coingecko;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cryptoviz.model.Quote;
import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.Rejection;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.base.SourceProfile;
import io.cryptoviz.scraper.tracked.AssetSelection;
import io.cryptoviz.scraper.tracked.TrackedAssets;

/**
 * CoinGecko {@code /coins/markets}, one call per cycle, asking for what
 * {@link AssetSelection} says (the top N, or ids) and reporting back which assets the
 * answer named: every quote is keyed by a CoinGecko id, so CoinGecko is the provider that
 * resolves the tracked list. Its prices are the reference other providers' matches are
 * checked against.
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
		List<CoinGeckoMarket> markets = asked(request, switch (request) {
			case AssetSelection.Top top -> this.client.topByMarketCap(top.count());
			case AssetSelection.Ids ids -> this.client.markets(ids.ids());
		});
		Instant fetchedAt = this.clock.instant();
		List<Quote> quotes = new ArrayList<>(markets.size());
		List<TrackedAssets.Asset> assets = new ArrayList<>(markets.size());
		List<Rejection> rejections = new ArrayList<>();
		Map<String, Double> prices = new HashMap<>();
		for (CoinGeckoMarket market : markets) {
			try {
				Quote quote = CoinGeckoQuotes.toQuote(market, fetchedAt);
				quotes.add(quote);
				prices.put(quote.assetId(), quote.priceUsd());
				assets.add(new TrackedAssets.Asset(quote.assetId(), quote.symbol(), quote.name()));
			}
			catch (IllegalArgumentException ex) {
				rejections.add(new Rejection(String.valueOf(market.id()), ex.getMessage()));
				if (market.id() != null && market.symbol() != null && market.name() != null) {
					assets.add(new TrackedAssets.Asset(market.id(), market.symbol().toUpperCase(Locale.ROOT),
							market.name()));
				}
			}
		}
		this.selection.priced(prices);
		this.selection.answered(request, assets, fetchedAt);
		return new SourceBatch(quotes, rejections, 0);
	}

	/**
	 * Only what was asked for: recorded answers hold 250 coins for {@code per_page=20},
	 * and ids that were not asked for would join the tracked list unasked.
	 */
	private static List<CoinGeckoMarket> asked(AssetSelection.Request request, List<CoinGeckoMarket> markets) {
		List<CoinGeckoMarket> kept = switch (request) {
			case AssetSelection.Top top -> markets.subList(0, Math.min(top.count(), markets.size()));
			case AssetSelection.Ids ids -> {
				Set<String> wanted = Set.copyOf(ids.ids());
				yield markets.stream().filter((m) -> m.id() != null && wanted.contains(m.id())).toList();
			}
		};
		if (kept.size() < markets.size()) {
			log.info("coingecko: asked for {} coins, the answer held {}; kept the {} asked for",
					AssetSelection.asked(request), markets.size(), kept.size());
		}
		return kept;
	}

}
