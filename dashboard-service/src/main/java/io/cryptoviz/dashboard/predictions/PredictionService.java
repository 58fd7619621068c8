package io.cryptoviz.dashboard.predictions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.analysis.PredictionEngine;
import io.cryptoviz.ml.series.PriceSeries;

import org.springframework.stereotype.Service;

/**
 * Runs ml-core's analysis on stored prices. The models see the request's history window;
 * the track records look back {@link #LOOKBACK}, or as far as the data goes, because a
 * record scored on a 24 h window rests on too few independent forecasts to mean much.
 */
@Service
public class PredictionService {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PredictionService.class);

	/** How far back the track records reach (capped by the data actually stored). */
	public static final Duration LOOKBACK = Duration.ofDays(7);

	/** At most this many assets in one batch. */
	public static final int BATCH_MAX = 100;

	private final MarketData market;

	private final Prices prices;

	private final Clock clock;

	private final PredictionEngine engine = new PredictionEngine();

	PredictionService(MarketData market, Clock clock, SourceCatalog sources) {
		this.market = market;
		this.prices = new Prices(market, sources);
		this.clock = clock;
	}

	/**
	 * @return the tracked assets, largest market cap first
	 */
	public StoreResult<List<Asset>> assets() {
		return this.market.assets();
	}

	/**
	 * @param assetId CoinGecko id
	 * @return the asset, or empty if it is not tracked or the store is not readable
	 */
	public Optional<Asset> asset(String assetId) {
		return this.market.assets().orElse(List.of()).stream().filter(a -> a.assetId().equals(assetId)).findFirst();
	}

	/**
	 * Analyses one asset.
	 * @param request the parameters
	 * @return the analysis, or why the store could not be read
	 * @throws UnknownAssetException if the asset is not tracked
	 * @throws NoPricesException if the chosen source has no prices for it
	 */
	public StoreResult<Analysis> analyze(AnalysisRequest request) {
		long started = System.nanoTime();
		return this.market.assets().then(catalog -> {
			Asset asset = find(catalog, request.assetId())
				.orElseThrow(() -> new UnknownAssetException(request.assetId()));
			return this.prices.read(List.of(asset), request.source(), LOOKBACK).map(series -> {
				PriceSeries prices = series.get(asset.assetId());
				if (prices == null) {
					throw new NoPricesException(asset.assetId(), request.source());
				}
				return analysis(request, asset, prices, this.engine.analyze(prices, request.settings(LOOKBACK)),
						started);
			});
		});
	}

	/**
	 * Analyses several assets with the same parameters, reading all their prices at once.
	 * @param assetIds CoinGecko ids, at most {@link #BATCH_MAX}
	 * @param template the parameters; its asset id is ignored
	 * @return one entry per distinct id, in order, or why the store could not be read
	 */
	public StoreResult<List<BatchEntry>> analyzeAll(List<String> assetIds, AnalysisRequest template) {
		if (assetIds.size() > BATCH_MAX) {
			throw new IllegalArgumentException("at most " + BATCH_MAX + " assets, got " + assetIds.size());
		}
		long started = System.nanoTime();
		return this.market.assets().then(catalog -> {
			Map<String, Asset> known = new LinkedHashMap<>();
			assetIds.forEach(id -> find(catalog, id).ifPresent(asset -> known.put(id, asset)));
			StoreResult<Map<String, PriceSeries>> read = known.isEmpty() ? new StoreResult.Ready<>(Map.of())
					: this.prices.read(List.copyOf(known.values()), template.source(), LOOKBACK);
			return read.map(series -> {
				List<BatchEntry> entries = new ArrayList<>();
				for (String id : assetIds.stream().distinct().toList()) {
					Asset asset = known.get(id);
					PriceSeries prices = series.get(id);
					if (asset == null) {
						entries.add(new BatchEntry(id, null, new UnknownAssetException(id).getMessage()));
					}
					else if (prices == null) {
						entries
							.add(new BatchEntry(id, null, new NoPricesException(id, template.source()).getMessage()));
					}
					else {
						AnalysisRequest request = template.forAsset(id);
						AnalysisResult result = this.engine.analyze(prices, request.settings(LOOKBACK));
						entries.add(new BatchEntry(id, analysis(request, asset, prices, result, started), null));
					}
				}
				log.info("Batch analysis of {} assets ({} unknown or without prices) took {} ms", entries.size(),
						entries.stream().filter(e -> e.analysis() == null).count(),
						(System.nanoTime() - started) / 1_000_000);
				return List.copyOf(entries);
			});
		});
	}

	private Analysis analysis(AnalysisRequest request, Asset asset, PriceSeries prices, AnalysisResult result,
			long started) {
		PriceSeries lookback = prices.tail(LOOKBACK);
		Duration span = Duration.ofMillis(lookback.epochMillis(lookback.size() - 1) - lookback.epochMillis(0));
		return new Analysis(request, asset, result, prices.tail(request.history()), span, Instant.now(this.clock),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static Optional<Asset> find(List<Asset> catalog, String assetId) {
		return catalog.stream().filter(asset -> asset.assetId().equals(assetId)).findFirst();
	}

}
