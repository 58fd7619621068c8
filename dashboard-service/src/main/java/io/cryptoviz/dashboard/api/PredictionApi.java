package io.cryptoviz.dashboard.api;

import java.util.List;
import java.util.Map;

import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.store.AssetPoints;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.predictions.PredictionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API. Every parameter is taken as text and validated by {@link ApiParameters},
 * so no input can reach a conversion error; store states become 503s in
 * {@link ApiErrors}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "predictions", description = "Forecasts, signals and track records from the ML models")
class PredictionApi {

	// An annotation needs a constant; a 400 lists exactly what the catalog accepts.
	private static final String SOURCE_VALUES = "all (default), or one source by key or alias: coingecko (cg), "
			+ "coinmarketcap (cmc), coinpaprika (cp), or another configured under cryptoviz.dashboard.sources";

	private final PredictionService predictions;

	private final AssetPoints points;

	private final SourceCatalog sources;

	PredictionApi(PredictionService predictions, AssetPoints points, SourceCatalog sources) {
		this.predictions = predictions;
		this.points = points;
		this.sources = sources;
	}

	@GetMapping("/assets")
	@Operation(summary = "Tracked assets: those quoted in the last day of data, largest market cap first")
	List<AssetDto> assets() {
		StoreResult<List<io.cryptoviz.dashboard.base.store.Asset>> assets = this.predictions.assets();
		if (assets instanceof StoreResult.Waiting<?>) {
			return List.of();
		}
		Map<String, Long> counts = StoreNotReadyException.valueOf(this.points.perAsset());
		return StoreNotReadyException.valueOf(assets)
			.stream()
			.map(asset -> AssetDto.of(asset, counts.getOrDefault(asset.assetId(), 0L)))
			.toList();
	}

	@GetMapping("/predictions/{asset}")
	@Operation(summary = "The full analysis of one asset: every model's forecast, confidence and track record, "
			+ "the consensus, the signal and the window's metrics")
	PredictionDto prediction(@PathVariable String asset,
			@Parameter(description = "hours ahead, 1 to 24 (default 4)") @RequestParam(
					required = false) @Nullable String horizon,
			@Parameter(description = "hours of history the models see, 6 to 72 (default 24)") @RequestParam(
					required = false) @Nullable String history,
			@Parameter(description = SOURCE_VALUES) @RequestParam(required = false) @Nullable String source,
			@Parameter(description = "models to list: " + ApiParameters.MODEL_NAMES + " (default all)") @RequestParam(
					required = false) @Nullable String models,
			@Parameter(description = "MA short window, 5 to 30 (default 20)") @RequestParam(name = "ma_short",
					required = false) @Nullable String maShort,
			@Parameter(description = "MA long window, 20 to 100, not below ma_short (default 50)") @RequestParam(
					name = "ma_long", required = false) @Nullable String maLong,
			@Parameter(description = "momentum period, 5 to 30 (default 14)") @RequestParam(
					required = false) @Nullable String momentum) {
		var chosen = ApiParameters.models(models);
		Analysis analysis = analyze(
				ApiParameters.request(this.sources, asset, horizon, history, source, maShort, maLong, momentum));
		return PredictionMapper.prediction(analysis, chosen, true);
	}

	@GetMapping("/signals/{asset}")
	@Operation(summary = "The BUY / SELL / HOLD signal of one asset, beside the consensus track record")
	SignalResponse signal(@PathVariable String asset, @RequestParam(required = false) @Nullable String horizon,
			@RequestParam(required = false) @Nullable String history,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(name = "ma_short", required = false) @Nullable String maShort,
			@RequestParam(name = "ma_long", required = false) @Nullable String maLong,
			@RequestParam(required = false) @Nullable String momentum) {
		return PredictionMapper.signal(analyze(
				ApiParameters.request(this.sources, asset, horizon, history, source, maShort, maLong, momentum)));
	}

	@GetMapping("/confidence/{asset}")
	@Operation(summary = "The confidence of each model and of the consensus for one asset")
	ConfidenceResponse confidence(@PathVariable String asset, @RequestParam(required = false) @Nullable String horizon,
			@RequestParam(required = false) @Nullable String history,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(name = "ma_short", required = false) @Nullable String maShort,
			@RequestParam(name = "ma_long", required = false) @Nullable String maLong,
			@RequestParam(required = false) @Nullable String momentum) {
		return PredictionMapper.confidence(analyze(
				ApiParameters.request(this.sources, asset, horizon, history, source, maShort, maLong, momentum)));
	}

	@PostMapping(path = "/analysis/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Analyses of up to 100 assets with the same parameters; an unknown id gets an error "
			+ "entry instead of failing the others")
	BatchResponse batch(@RequestBody BatchRequest body) {
		List<String> ids = ApiParameters.assetIds(body.assets());
		AnalysisRequest template = ApiParameters.request(this.sources, ids.getFirst(), body.horizon(), body.history(),
				body.source(), body.maShort(), body.maLong(), body.momentum());
		var chosen = ApiParameters.models(null);
		return new BatchResponse(
				StoreNotReadyException.valueOf(this.predictions.analyzeAll(ids, template))
					.stream()
					.map(entry -> new BatchResponse.Item(entry.assetId(),
							(entry.analysis() != null) ? PredictionMapper.prediction(entry.analysis(), chosen, false)
									: null,
							entry.problem()))
					.toList());
	}

	private Analysis analyze(AnalysisRequest request) {
		return StoreNotReadyException.valueOf(this.predictions.analyze(request));
	}

}
