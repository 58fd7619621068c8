package io.cryptoviz.scraper.tracked;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cryptoviz.scraper.base.Names;
import io.cryptoviz.scraper.base.ScraperProperties;

/**
 * The rules of the tracked list: configured ids are asked for by id and never refreshed;
 * otherwise the top N by market cap is asked for at startup and then once per
 * {@code refresh}, and the same ids in between, so the set does not flicker when ranks
 * change. The call that refreshes the list is also that cycle's data, so the list costs
 * no extra credits. Logs the list when it is first known and at every refresh, naming at
 * most {@value #NAMED} ids so 250 of them stay one short line.
 */
public final class AssetSelection {

	private static final Logger log = LoggerFactory.getLogger(AssetSelection.class);

	static final int NAMED = 10;

	private final ScraperProperties.Assets settings;

	private final TrackedAssets tracked;

	private final Clock clock;

	public AssetSelection(ScraperProperties.Assets settings, TrackedAssets tracked, Clock clock) {
		this.settings = settings;
		this.tracked = tracked;
		this.clock = clock;
	}

	/** What the resolving provider should ask for in this cycle. */
	public sealed interface Request {

	}

	/** The first {@code count} coins by market cap: the list is resolved again. */
	public record Top(int count) implements Request {
	}

	/** These ids (configured, or the list resolved last). */
	public record Ids(List<String> ids) implements Request {
	}

	public Request next() {
		if (!this.settings.ids().isEmpty()) {
			return new Ids(this.settings.ids());
		}
		Instant resolvedAt = this.tracked.resolvedAt();
		boolean due = resolvedAt == null || !this.clock.instant().isBefore(resolvedAt.plus(this.settings.refresh()));
		return due ? new Top(this.settings.top())
				: new Ids(this.tracked.current().stream().map(TrackedAssets.Asset::id).toList());
	}

	/** The number of assets a top-N request asks for, or of the ids asked for. */
	public static int asked(Request request) {
		return switch (request) {
			case Top top -> top.count();
			case Ids ids -> ids.ids().size();
		};
	}

	/**
	 * CoinGecko's prices of this cycle: what other providers' prices are checked against.
	 */
	public void priced(Map<String, Double> prices) {
		this.tracked.updatePrices(prices);
	}

	/**
	 * Records what the provider answered to {@code request}: always after a top-N
	 * request, and for configured ids whenever the answer names any.
	 */
	public void answered(Request request, List<TrackedAssets.Asset> assets, Instant at) {
		boolean refresh = request instanceof Top;
		if (!refresh && (this.settings.ids().isEmpty() || assets.isEmpty())) {
			return;
		}
		boolean first = this.tracked.resolvedAt() == null;
		this.tracked.update(assets, at);
		if (refresh || first) {
			log.info("tracked assets: {} ({}): {}", assets.size(),
					refresh ? "top " + this.settings.top() + " by market cap from CoinGecko" : "configured ids",
					Names.capped(assets.stream().map(TrackedAssets.Asset::id).toList(), NAMED));
		}
	}

}
