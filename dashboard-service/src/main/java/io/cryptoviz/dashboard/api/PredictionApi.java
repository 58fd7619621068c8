package io.cryptoviz.dashboard.api;

import java.util.List;
import java.util.Map;

import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.store.AssetPoints;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.predictions.PredictionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API. The three single-asset endpoints bind the same
 * {@link AnalysisParameters}; every parameter is taken as text and validated by
 * {@link ApiParameters}, so no input can reach a conversion error; store states become
 * 503s in {@link ApiErrors}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "predictions", description = "Forecasts, signals and track records from the ML models")
class PredictionApi {

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
		StoreResult<List<io.cryptoviz.store.read.Asset>> assets = this.predictions.assets();
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
	PredictionDto prediction(@PathVariable String asset, @ParameterObject AnalysisParameters parameters,
			@Parameter(description = "models to list: " + ApiParameters.MODEL_NAMES + " (default all)") @RequestParam(
					required = false) @Nullable String models) {
		var chosen = ApiParameters.models(models);
		return PredictionMapper.prediction(analyze(asset, parameters), chosen, true);
	}

	@GetMapping("/signals/{asset}")
	@Operation(summary = "The BUY / SELL / HOLD signal of one asset, beside the consensus track record")
	SignalResponse signal(@PathVariable String asset, @ParameterObject AnalysisParameters parameters) {
		return PredictionMapper.signal(analyze(asset, parameters));
	}

	@GetMapping("/confidence/{asset}")
	@Operation(summary = "The confidence of each model and of the consensus for one asset")
	ConfidenceResponse confidence(@PathVariable String asset, @ParameterObject AnalysisParameters parameters) {
		return PredictionMapper.confidence(analyze(asset, parameters));
	}

	@PostMapping(path = "/analysis/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Analyses of up to 100 assets with the same parameters; an unknown id gets an error "
			+ "entry instead of failing the others")
	BatchResponse batch(@RequestBody BatchRequest body) {
		List<String> ids = ApiParameters.assetIds(body.assets());
		AnalysisRequest template = ApiParameters.request(ids.getFirst(), body.parameters(), this.sources);
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

	private Analysis analyze(String asset, AnalysisParameters parameters) {
		return StoreNotReadyException
			.valueOf(this.predictions.analyze(ApiParameters.request(asset, parameters, this.sources)));
	}

}
