package io.cryptoviz.scraper.coinpaprika;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.base.FailureKind;
import io.cryptoviz.scraper.base.FetchException;
import io.cryptoviz.scraper.base.JsonBodies;
import io.cryptoviz.scraper.base.ProviderTimestamps;
import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.Rejection;
import io.cryptoviz.scraper.base.ResilientHttp;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.base.SourceProfile;
import io.cryptoviz.scraper.tracked.IdMatcher;
import io.cryptoviz.scraper.tracked.MatchLog;
import io.cryptoviz.scraper.tracked.PriceCheck;
import io.cryptoviz.scraper.tracked.TrackedAssets;

/**
 * CoinPaprika {@code /v1/tickers}: one call per cycle returns every coin, so it costs one
 * of the free plan's ~20,000 monthly calls. The body is walked one ticker at a time and
 * only tickers that could belong to a tracked asset (same symbol, or an id from the
 * override table) are kept. Until CoinGecko has named the tracked assets this source
 * waits and makes no call, so it never quotes under an id CoinGecko does not list.
 * Unpaired tracked assets and refused pairs are named by {@link MatchLog}.
 */
final class CoinPaprikaSource implements QuoteSource {

	private final ResilientHttp http;

	private final IdMatcher ids;

	private final TrackedAssets tracked;

	private final PriceCheck prices;

	private final MatchLog matchLog;

	private final Clock clock;

	private final SourceProfile profile;

	CoinPaprikaSource(ResilientHttp http, IdMatcher ids, TrackedAssets tracked, PriceCheck prices, Clock clock,
			SourceProfile profile) {
		this.http = http;
		this.ids = ids;
		this.tracked = tracked;
		this.prices = prices;
		this.matchLog = new MatchLog(profile.name(), prices.maxRatio(), clock);
		this.clock = clock;
		this.profile = profile;
	}

	@Override
	public SourceProfile profile() {
		return this.profile;
	}

	@Override
	public void awaitReady() throws InterruptedException {
		this.tracked.awaitFor(this.profile.name());
	}

	@Override
	public SourceBatch fetch() throws InterruptedException {
		List<TrackedAssets.Asset> assets = this.tracked.current();
		if (assets.isEmpty()) {
			return SourceBatch.empty();
		}
		byte[] body = tickers();
		Set<String> symbols = new HashSet<>();
		assets.forEach((asset) -> symbols.add(asset.symbol().toUpperCase(Locale.ROOT)));
		Map<String, PaprikaTicker> kept = new LinkedHashMap<>();
		List<Rejection> rejections = new ArrayList<>();
		JsonBodies.eachElement(body, "coinpaprika tickers", (node) -> {
			String id = node.path("id").asString("");
			String symbol = node.path("symbol").asString("").toUpperCase(Locale.ROOT);
			if (id.isEmpty() || !(symbols.contains(symbol) || this.ids.isOverridden(id))) {
				return;
			}
			try {
				kept.putIfAbsent(id, JsonBodies.convert(node, PaprikaTicker.class));
			}
			catch (IllegalArgumentException ex) {
				rejections.add(new Rejection(id, ex.getMessage()));
			}
		});
		Instant fetchedAt = this.clock.instant();
		List<IdMatcher.Listing> listings = new ArrayList<>();
		kept.values()
			.forEach((ticker) -> listings.add(new IdMatcher.Listing(ticker.id(), String.valueOf(ticker.symbol()),
					String.valueOf(ticker.name()), usdPrice(ticker))));
		IdMatcher.Match match = this.ids.match(assets, listings, this.prices);
		this.matchLog.report(match, assets.size());
		List<Quote> quotes = new ArrayList<>(match.byProviderId().size());
		for (Map.Entry<String, String> pair : match.byProviderId().entrySet()) {
			try {
				quotes.add(toQuote(pair.getValue(), kept.get(pair.getKey()), fetchedAt));
			}
			catch (IllegalArgumentException ex) {
				rejections.add(new Rejection(pair.getValue(), ex.getMessage()));
			}
		}
		return new SourceBatch(quotes, rejections, match.unmatched().size());
	}

	private static @Nullable Double usdPrice(PaprikaTicker ticker) {
		PaprikaTicker.UsdQuote usd = (ticker.quotes() != null) ? ticker.quotes().get("USD") : null;
		return (usd != null) ? usd.price() : null;
	}

	/**
	 * The free API takes no key, so a 401/403 (a proxy, a CDN rule, a wrong base URL) is
	 * a failed cycle like any other 4xx, not a refused key that would switch the source
	 * off for good.
	 */
	private byte[] tickers() throws InterruptedException {
		try {
			return this.http.get("/tickers?quotes=USD");
		}
		catch (FetchException ex) {
			if (ex.kind() != FailureKind.AUTH) {
				throw ex;
			}
			throw new FetchException(FailureKind.CLIENT_ERROR,
					ex.getMessage() + " (CoinPaprika's free API takes no key: check the base URL or a proxy)",
					ex.attempts());
		}
	}

	static Quote toQuote(String coinGeckoId, @Nullable PaprikaTicker ticker, Instant fetchedAt) {
		PaprikaTicker.UsdQuote usd = (ticker != null && ticker.quotes() != null) ? ticker.quotes().get("USD") : null;
		if (ticker == null || usd == null || usd.price() == null) {
			throw new IllegalArgumentException("quotes.USD.price is missing");
		}
		return new Quote(coinGeckoId, ticker.symbol(), ticker.name(), usd.price(), usd.percentChange24h(),
				zeroIsUnknown(usd.marketCap()), usd.volume24h(), Source.COINPAPRIKA,
				ProviderTimestamps.parse(ticker.lastUpdated()), fetchedAt);
	}

	/** CoinPaprika prints 0 where it knows no value (no supply, so no market cap). */
	private static @Nullable Double zeroIsUnknown(@Nullable Double value) {
		return (value != null && value == 0) ? null : value;
	}

}
