package io.cryptoviz.scraper.coinmarketcap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import io.cryptoviz.scraper.base.ResilientHttp;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.base.SourceProfile;
import io.cryptoviz.scraper.tracked.IdMatcher;
import io.cryptoviz.scraper.tracked.TrackedAssets;

/**
 * CoinMarketCap v1 {@code listings/latest}, one call per cycle, matched to the tracked
 * CoinGecko ids by slug: the configured ids, or else the top-N list CoinGecko resolved.
 * Until CoinGecko has named the top N (it may be down at startup), the first N entries by
 * CMC rank are used, so this source never waits for the other.
 */
final class CoinMarketCapSource implements QuoteSource {

	private static final TypeReference<CmcListing> LISTING = new TypeReference<>() {
	};

	private final ResilientHttp http;

	private final SlugMatcher slugs;

	private final TrackedAssets tracked;

	private final List<String> configuredIds;

	private final int fallbackCount;

	private final Clock clock;

	private final SourceProfile profile;

	CoinMarketCapSource(ResilientHttp http, SlugMatcher slugs, TrackedAssets tracked, List<String> configuredIds,
			int fallbackCount, Clock clock, SourceProfile profile) {
		this.http = http;
		this.slugs = slugs;
		this.tracked = tracked;
		this.configuredIds = List.copyOf(configuredIds);
		this.fallbackCount = fallbackCount;
		this.clock = clock;
		this.profile = profile;
	}

	@Override
	public SourceProfile profile() {
		return this.profile;
	}

	@Override
	public SourceBatch fetch() throws InterruptedException {
		// limit<=100 costs one credit on every plan's counting rule.
		byte[] body = this.http.get("/v1/cryptocurrency/listings/latest?start=1&limit=100&convert=USD");
		CmcListing listing = JsonBodies.read(body, LISTING, "coinmarketcap listings");
		checkEnvelope(listing.status());
		List<CmcListing.Entry> entries = (listing.data() != null) ? listing.data() : List.of();
		Instant fetchedAt = this.clock.instant();
		List<TrackedAssets.Asset> trackedAssets = !this.configuredIds.isEmpty()
				? this.configuredIds.stream().map((id) -> new TrackedAssets.Asset(id, "", "")).toList()
				: this.tracked.current();
		Map<String, String> bySlug = trackedAssets.isEmpty() ? null
				: this.slugs.match(trackedAssets,
						entries.stream()
							.filter((entry) -> entry.slug() != null)
							.map((entry) -> new IdMatcher.Listing(entry.slug(), String.valueOf(entry.symbol()),
									String.valueOf(entry.name())))
							.toList());
		List<CmcListing.Entry> candidates = trackedAssets.isEmpty() ? topByRank(entries) : entries;
		List<Quote> quotes = new ArrayList<>();
		int rejected = 0;
		int unmatched = entries.size() - candidates.size();
		for (CmcListing.Entry entry : candidates) {
			String id = (entry.slug() == null) ? null
					: (bySlug != null) ? bySlug.get(entry.slug()) : this.slugs.idOf(entry.slug());
			if (id == null) {
				unmatched++;
				continue;
			}
			try {
				quotes.add(toQuote(id, entry, fetchedAt));
			}
			catch (IllegalArgumentException ex) {
				rejected++;
			}
		}
		return new SourceBatch(quotes, rejected, unmatched);
	}

	private List<CmcListing.Entry> topByRank(List<CmcListing.Entry> entries) {
		return entries.stream()
			.sorted(Comparator
				.comparing((CmcListing.Entry e) -> (e.cmcRank() != null) ? e.cmcRank() : Integer.MAX_VALUE))
			.limit(this.fallbackCount)
			.toList();
	}

	static Quote toQuote(String id, CmcListing.Entry entry, Instant fetchedAt) {
		CmcListing.UsdQuote usd = (entry.quote() != null) ? entry.quote().get("USD") : null;
		if (usd == null || usd.price() == null) {
			throw new IllegalArgumentException("quote.USD.price is missing for " + entry.slug());
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
