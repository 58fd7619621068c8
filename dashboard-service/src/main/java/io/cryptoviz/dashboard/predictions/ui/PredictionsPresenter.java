package io.cryptoviz.dashboard.predictions.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.predictions.NoPricesException;
import io.cryptoviz.dashboard.predictions.UnknownAssetException;
import org.jspecify.annotations.Nullable;

/**
 * The predictions page's state and decisions, apart from its components: the settings
 * shown, the tracked assets, what the page shows on entering, whether a change or new
 * data starts an analysis, and which message a failed one gets. {@link PredictionsView}
 * applies them to its components.
 */
final class PredictionsPresenter {

	private final SourceCatalog sources;

	private PageQuery query = PageQuery.DEFAULT;

	private List<Asset> assets = List.of();

	/**
	 * @param sources the sources the page's URL may name
	 */
	PredictionsPresenter(SourceCatalog sources) {
		this.sources = sources;
	}

	/**
	 * Reads the URL and the asset catalog. An unknown or missing crypto becomes the
	 * largest tracked one.
	 * @param parameters the URL's query parameters
	 * @param catalog the tracked assets, largest first, as the store answered
	 * @return what the page shows
	 */
	Entry enter(Map<String, List<String>> parameters, StoreResult<List<Asset>> catalog) {
		PageQueryCodec.Parsed parsed = PageQueryCodec.parse(parameters, this.sources);
		this.query = parsed.query();
		this.assets = catalog.orElse(List.of());
		if (!(catalog instanceof StoreResult.Ready<?>)) {
			return new Entry(State.STORE_NOT_READY, parsed.rejected(), null);
		}
		if (this.assets.isEmpty()) {
			return new Entry(State.NO_ASSETS, parsed.rejected(), null);
		}
		String crypto = this.query.crypto();
		if (crypto != null && tracked(crypto)) {
			return new Entry(State.READY, parsed.rejected(), null);
		}
		this.query = this.query.withCrypto(this.assets.getFirst().assetId());
		return new Entry(State.READY, parsed.rejected(), crypto);
	}

	/**
	 * @param next the settings the controls now show
	 * @return whether they differ from the current ones, which they then replace;
	 * components echo their values back on first render, and an unchanged query must not
	 * start another analysis
	 */
	boolean change(PageQuery next) {
		if (next.equals(this.query)) {
			return false;
		}
		this.query = next;
		return true;
	}

	/**
	 * @param shown the asset of the analysis on screen, as it was then, or null
	 * @param busy whether a newer analysis is pending or running
	 * @param current looks up an asset as the store now describes it
	 * @return whether new quotes should rerun the analysis: only in continuous mode, when
	 * nothing is on its way and the store holds quotes newer than those shown
	 */
	boolean rerunForNewData(@Nullable Asset shown, boolean busy, Function<String, Optional<Asset>> current) {
		if (!continuous() || shown == null || busy) {
			return false;
		}
		return current.apply(shown.assetId()).filter(asset -> asset.newest().isAfter(shown.newest())).isPresent();
	}

	/**
	 * @param problem why an analysis has no result
	 * @return the translation key of the message to show
	 */
	static String problemKey(RuntimeException problem) {
		return switch (problem) {
			case NoPricesException ex -> "predictions.no-prices";
			case UnknownAssetException ex -> "predictions.unknown";
			default -> "predictions.failed";
		};
	}

	boolean continuous() {
		return this.query.mode() == PageQuery.Mode.CONTINUOUS;
	}

	PageQuery query() {
		return this.query;
	}

	int available() {
		return this.assets.size();
	}

	List<Asset> assets() {
		return this.assets;
	}

	private boolean tracked(String crypto) {
		return this.assets.stream().anyMatch(asset -> asset.assetId().equals(crypto));
	}

	/** What the page shows on entering. */
	enum State {

		/** The store's own state (waiting, busy or unreadable) in the notice. */
		STORE_NOT_READY,

		/** The store answered but tracks no asset yet: the waiting notice. */
		NO_ASSETS,

		/** The controls and the analysis of {@link #query()}'s crypto. */
		READY

	}

	/**
	 * @param state what the page shows
	 * @param rejected URL parameters that were invalid and replaced by defaults
	 * @param unknownCrypto a crypto the URL named that is not tracked, or null
	 */
	record Entry(State state, List<String> rejected, @Nullable String unknownCrypto) {
	}

}
