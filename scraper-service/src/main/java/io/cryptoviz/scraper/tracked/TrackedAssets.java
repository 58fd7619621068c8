package io.cryptoviz.scraper.tracked;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assets the scraper follows, keyed by CoinGecko id: the current list and when it was
 * resolved, and CoinGecko's latest price of each (what other providers' prices are
 * checked against). Written only through {@link AssetSelection} (which CoinGecko, the
 * provider whose ids key every quote, feeds); read by the other providers' matching and
 * by the backfill.
 */
public final class TrackedAssets {

	private static final Logger log = LoggerFactory.getLogger(TrackedAssets.class);

	private @Nullable Snapshot snapshot;

	private Map<String, Double> prices = Map.of();

	/** One tracked asset, with the CoinGecko spelling of its symbol and name. */
	public record Asset(String id, String symbol, String name) {
	}

	private record Snapshot(List<Asset> assets, Instant resolvedAt) {
	}

	public synchronized void update(List<Asset> assets, Instant resolvedAt) {
		this.snapshot = new Snapshot(List.copyOf(assets), resolvedAt);
		notifyAll();
	}

	/** CoinGecko's prices from its latest answer, replacing the ones before. */
	public synchronized void updatePrices(Map<String, Double> latest) {
		this.prices = Map.copyOf(latest);
	}

	/** CoinGecko's latest price of an asset, or null when it gave none. */
	public synchronized @Nullable Double price(String id) {
		return this.prices.get(id);
	}

	/**
	 * The assets a secondary source (any provider but CoinGecko) may quote now: exactly
	 * the ones CoinGecko listed, so every quote carries an id CoinGecko itself uses.
	 * @return the assets, empty until CoinGecko has answered once; a secondary source
	 * then holds its quotes rather than publishing under ids of its own
	 */
	public synchronized List<Asset> current() {
		return (this.snapshot != null) ? this.snapshot.assets() : List.of();
	}

	public synchronized @Nullable Instant resolvedAt() {
		return (this.snapshot != null) ? this.snapshot.resolvedAt() : null;
	}

	/**
	 * Blocks a secondary source until CoinGecko has named the tracked assets, saying so
	 * once: before that it has nothing it may quote, and a call would only spend credits.
	 */
	public void awaitFor(String source) throws InterruptedException {
		if (!current().isEmpty()) {
			return;
		}
		log.info("{}: waiting for CoinGecko to name the tracked assets; no {} call is made and no quote published "
				+ "until then, so every quote carries an id CoinGecko lists", source, source);
		int count = awaitFirst().size();
		log.info("{}: CoinGecko named {} tracked assets, {} starts quoting them", source, count, source);
	}

	/** Blocks until the first list is known. */
	public synchronized List<Asset> awaitFirst() throws InterruptedException {
		while (this.snapshot == null || this.snapshot.assets().isEmpty()) {
			wait();
		}
		return this.snapshot.assets();
	}

}
