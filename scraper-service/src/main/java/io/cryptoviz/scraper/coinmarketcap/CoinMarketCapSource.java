package io.cryptoviz.scraper.coinmarketcap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

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
 * CoinMarketCap v1 {@code listings/latest}, one call per cycle, matched by slug to the
 * assets CoinGecko listed. Until CoinGecko has named them, this source waits and makes no
 * call: a quote under a CMC slug CoinGecko does not use ({@code binance-coin}) would
 * never join anything. Unpaired tracked assets and refused pairs are named by
 * {@link MatchLog}.
 */
final class CoinMarketCapSource implements QuoteSource {

	private static final TypeReference<CmcListing> LISTING = new TypeReference<>() {
	};

	private final ResilientHttp http;

	private final SlugMatcher slugs;

	private final TrackedAssets tracked;

	private final PriceCheck prices;

	private final MatchLog matchLog;

	private final Clock clock;

	private final SourceProfile profile;

	CoinMarketCapSource(ResilientHttp http, SlugMatcher slugs, TrackedAssets tracked, PriceCheck prices, Clock clock,
			SourceProfile profile) {
		this.http = http;
		this.slugs = slugs;
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
		// limit<=100 costs one credit on every plan's counting rule.
		byte[] body = this.http.get("/v1/cryptocurrency/listings/latest?start=1&limit=100&convert=USD");
		CmcListing listing = JsonBodies.read(body, LISTING, "coinmarketcap listings");
		checkEnvelope(listing.status());
		List<CmcListing.Entry> entries = (listing.data() != null) ? listing.data() : List.of();
		Instant fetchedAt = this.clock.instant();
		Map<String, CmcListing.Entry> bySlug = new LinkedHashMap<>();
		entries.stream().filter((entry) -> entry.slug() != null).forEach((e) -> bySlug.putIfAbsent(e.slug(), e));
		IdMatcher.Match match = this.slugs.match(assets,
				bySlug.values()
					.stream()
					.map((entry) -> new IdMatcher.Listing(entry.slug(), String.valueOf(entry.symbol()),
							String.valueOf(entry.name()), usdPrice(entry)))
					.toList(),
				this.prices);
		this.matchLog.report(match, assets.size());
		List<Quote> quotes = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		match.byProviderId().forEach((slug, id) -> {
			try {
				quotes.add(toQuote(id, bySlug.get(slug), fetchedAt));
			}
			catch (IllegalArgumentException ex) {
				rejections.add(new Rejection(id, ex.getMessage()));
			}
		});
		return new SourceBatch(quotes, rejections, match.unmatched().size());
	}

	private static @Nullable Double usdPrice(CmcListing.Entry entry) {
		CmcListing.UsdQuote usd = (entry.quote() != null) ? entry.quote().get("USD") : null;
		return (usd != null) ? usd.price() : null;
	}

	static Quote toQuote(String id, CmcListing.Entry entry, Instant fetchedAt) {
		CmcListing.UsdQuote usd = (entry.quote() != null) ? entry.quote().get("USD") : null;
		if (usd == null || usd.price() == null) {
			throw new IllegalArgumentException("quote.USD.price is missing");
		}
		String updated = (usd.lastUpdated() != null) ? usd.lastUpdated() : entry.lastUpdated();
		return new Quote(id, entry.symbol(), entry.name(), usd.price(), usd.percentChange24h(), usd.marketCap(),
				usd.volume24h(), Source.COINMARKETCAP, ProviderTimestamps.parse(updated), fetchedAt);
	}

	/** CMC can report an error inside an HTTP 200; its code decides what it means. */
	private static void checkEnvelope(CmcListing.@Nullable Status status) {
		if (status == null || status.errorCode() == null || status.errorCode() == 0) {
			return;
		}
		int code = status.errorCode();
		String what = "error " + code + " '" + status.errorMessage() + "' in a 200 response";
		if (code >= 1001 && code <= 1007) {
			throw new FetchException(FailureKind.AUTH, what);
		}
		if (code >= 1008 && code <= 1011) {
			throw new FetchException(FailureKind.RATE_LIMITED, what);
		}
		throw new FetchException(FailureKind.CLIENT_ERROR, what);
	}

}
