package io.cryptoviz.scraper.tracked;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The assets the scraper follows, keyed by CoinGecko id: the current list and when it was
 * resolved. Written only through {@link AssetSelection} (which CoinGecko, the provider
 * whose ids key every quote, feeds); read by the other providers' matching and by the
 * backfill.
 */
public final class TrackedAssets {

	private @Nullable Snapshot snapshot;

	/** One tracked asset, with the CoinGecko spelling of its symbol and name. */
	public record Asset(String id, String symbol, String name) {
	}

	private record Snapshot(List<Asset> assets, Instant resolvedAt) {
	}

	public synchronized void update(List<Asset> assets, Instant resolvedAt) {
		this.snapshot = new Snapshot(List.copyOf(assets), resolvedAt);
		notifyAll();
	}

	/**
	 * @return the assets, empty until CoinGecko has answered once
	 */
	public synchronized List<Asset> current() {
		return (this.snapshot != null) ? this.snapshot.assets() : List.of();
	}

	public synchronized @Nullable Instant resolvedAt() {
		return (this.snapshot != null) ? this.snapshot.resolvedAt() : null;
	}

	/** Blocks until the first list is known. */
	public synchronized List<Asset> awaitFirst() throws InterruptedException {
		while (this.snapshot == null || this.snapshot.assets().isEmpty()) {
			wait();
		}
		return this.snapshot.assets();
	}

}
