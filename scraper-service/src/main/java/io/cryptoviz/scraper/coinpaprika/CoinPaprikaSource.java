package io.cryptoviz.scraper.coinpaprika;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * CoinPaprika {@code /v1/tickers}: one call per cycle returns every coin, so it costs one
 * of the free plan's ~20,000 monthly calls. The body is walked one ticker at a time and
 * only tickers that could belong to a tracked asset (same symbol, or an id from the
 * override table) are kept. Until CoinGecko has named the tracked assets, only the
 * override table pairs tickers (the configured ids, or else the best-ranked N). Tracked
 * assets left unpaired are named by {@link UnmatchedLog}.
 */
final class CoinPaprikaSource implements QuoteSource {

	private static final Logger log = LoggerFactory.getLogger(CoinPaprikaSource.class);

	private final ResilientHttp http;

	private final IdMatcher ids;

	private final TrackedAssets tracked;

	private final List<String> configuredIds;

	private final int fallbackCount;

	private final Clock clock;

	private final SourceProfile profile;

	private final UnmatchedLog unmatchedLog = new UnmatchedLog();

	CoinPaprikaSource(ResilientHttp http, IdMatcher ids, TrackedAssets tracked, List<String> configuredIds,
			int fallbackCount, Clock clock, SourceProfile profile) {
		this.http = http;
		this.ids = ids;
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
		byte[] body = tickers();
		List<TrackedAssets.Asset> assets = this.tracked.current();
		Set<String> symbols = new HashSet<>();
		assets.forEach((asset) -> symbols.add(asset.symbol().toUpperCase(Locale.ROOT)));
		Map<String, PaprikaTicker> kept = new LinkedHashMap<>();
		int[] rejected = { 0 };
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
				rejected[0]++;
				log.debug("coinpaprika: dropped {}: {}", id, ex.getMessage());
			}
		});
		Instant fetchedAt = this.clock.instant();
		Map<String, String> pairs = assets.isEmpty() ? byTable(kept.values()) : byMatching(assets, kept.values());
		List<Quote> quotes = new ArrayList<>(pairs.size());
		for (Map.Entry<String, String> pair : pairs.entrySet()) {
			try {
				quotes.add(toQuote(pair.getValue(), kept.get(pair.getKey()), fetchedAt));
			}
			catch (IllegalArgumentException ex) {
				rejected[0]++;
				log.debug("coinpaprika: dropped {}: {}", pair.getKey(), ex.getMessage());
			}
		}
		int unmatched = assets.isEmpty() ? 0 : assets.size() - pairs.size();
		return new SourceBatch(quotes, rejected[0], unmatched);
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

	/** Ticker id to CoinGecko id for the tracked assets; reports the unpaired ones. */
	private Map<String, String> byMatching(List<TrackedAssets.Asset> assets, Iterable<PaprikaTicker> tickers) {
		List<IdMatcher.Listing> listings = new ArrayList<>();
		tickers.forEach((ticker) -> listings
			.add(new IdMatcher.Listing(ticker.id(), String.valueOf(ticker.symbol()), String.valueOf(ticker.name()))));
		IdMatcher.Match match = this.ids.match(assets, listings);
		this.unmatchedLog.report(match.unmatched(), assets.size());
		return match.byProviderId();
	}

	/** Before CoinGecko answers: only the override table pairs, never a guess. */
	private Map<String, String> byTable(Iterable<PaprikaTicker> tickers) {
		List<PaprikaTicker> known = new ArrayList<>();
		for (PaprikaTicker ticker : tickers) {
			String id = this.ids.reverse(ticker.id());
			if (id != null && (this.configuredIds.isEmpty() || this.configuredIds.contains(id))) {
				known.add(ticker);
			}
		}
		Map<String, String> pairs = new LinkedHashMap<>();
		known.stream()
			.sorted(Comparator.comparing((PaprikaTicker t) -> (t.rank() != null) ? t.rank() : Integer.MAX_VALUE))
			.limit(this.fallbackCount)
			.forEach((ticker) -> pairs.put(ticker.id(), this.ids.reverse(ticker.id())));
		return pairs;
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
