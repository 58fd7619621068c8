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
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.base.SourceStatus;
import io.cryptoviz.scraper.base.TrackedAssets;

/**
 * CoinGecko {@code /coins/markets}, one call per cycle. In top-N mode the call that
 * refreshes the tracked list (at startup and then daily) is also that cycle's data, so
 * the list costs no extra credits; between refreshes the same ids are asked for, so the
 * tracked set does not flicker when ranks change.
 */
final class CoinGeckoSource implements QuoteSource {

	private static final Logger log = LoggerFactory.getLogger(CoinGeckoSource.class);

	private final CoinGeckoClient client;

	private final ScraperProperties.Assets settings;

	private final TrackedAssets tracked;

	private final Clock clock;

	private final SourceStatus status;

	private final String description;

	private final String keyHint;

	CoinGeckoSource(CoinGeckoClient client, ScraperProperties.Assets settings, TrackedAssets tracked, Clock clock,
			SourceStatus status, String description, String keyHint) {
		this.client = client;
		this.settings = settings;
		this.tracked = tracked;
		this.clock = clock;
		this.status = status;
		this.description = description;
		this.keyHint = keyHint;
	}

	@Override
	public String name() {
		return "coingecko";
	}

	@Override
	public SourceStatus status() {
		return this.status;
	}

	@Override
	public String describe() {
		return this.description;
	}

	@Override
	public String keyHint() {
		return this.keyHint;
	}

	@Override
	public SourceBatch fetch() throws InterruptedException {
		boolean refresh = refreshDue();
		List<CoinGeckoMarket> markets = refresh ? this.client.topByMarketCap(this.settings.top())
				: this.client.markets(requestedIds());
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
		if (refresh || !this.settings.ids().isEmpty() && !assets.isEmpty()) {
			updateTracked(assets, fetchedAt, refresh);
		}
		return new SourceBatch(quotes, rejected, 0);
	}

	private boolean refreshDue() {
		if (!this.settings.ids().isEmpty()) {
			return false;
		}
		Instant resolvedAt = this.tracked.resolvedAt();
		return resolvedAt == null || !this.clock.instant().isBefore(resolvedAt.plus(this.settings.refresh()));
	}

	private List<String> requestedIds() {
		if (!this.settings.ids().isEmpty()) {
			return this.settings.ids();
		}
		return this.tracked.current().stream().map(TrackedAssets.Asset::id).toList();
	}

	private void updateTracked(List<TrackedAssets.Asset> assets, Instant at, boolean refresh) {
		boolean first = this.tracked.resolvedAt() == null;
		this.tracked.update(assets, at);
		if (refresh || first) {
			log.info("tracked assets: {} ({}): {}", assets.size(),
					refresh ? "top " + this.settings.top() + " by market cap from CoinGecko" : "configured ids",
					String.join(", ", assets.stream().map(TrackedAssets.Asset::id).toList()));
		}
	}

}
