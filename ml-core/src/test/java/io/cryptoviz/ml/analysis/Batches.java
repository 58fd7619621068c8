package io.cryptoviz.ml.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cryptoviz.ml.series.PriceSeries;

/**
 * Several assets analysed with the same settings, one after the other, keyed by symbol:
 * the batch the benchmark times. It used to be {@code PredictionEngine.analyzeAll}, but
 * only tests called it; the dashboard batches by asset id in its own PredictionService.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * Analyses each series in turn.
	 * @param engine the engine
	 * @param seriesBySymbol prices per asset symbol
	 * @param settings validated settings
	 * @return results per symbol, in the map's iteration order
	 */
	public static Map<String, AnalysisResult> analyzeAll(PredictionEngine engine,
			Map<String, PriceSeries> seriesBySymbol, AnalysisSettings settings) {
		Map<String, AnalysisResult> results = new LinkedHashMap<>();
		seriesBySymbol.forEach((symbol, series) -> results.put(symbol, engine.analyze(series, settings)));
		return Collections.unmodifiableMap(results);
	}

}
