package io.cryptoviz.dashboard.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.predictions.AnalysisWords;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.analysis.ConsensusResult;
import io.cryptoviz.ml.analysis.ModelResult;
import io.cryptoviz.ml.analysis.Outcome;
import io.cryptoviz.ml.consensus.SignalBacking;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.series.TimedValue;
import org.jspecify.annotations.Nullable;

/**
 * Copies ml-core's result into the API's records: names in snake_case, NaN as null, and
 * forecast paths only where asked for.
 */
final class PredictionMapper {

	private static final AnalysisWords WORDS = AnalysisWords.english();

	private PredictionMapper() {
	}

	static PredictionDto prediction(Analysis analysis, Set<Model> models, boolean paths) {
		AnalysisResult result = analysis.result();
		List<PredictionDto.ModelDto> rows = java.util.stream.Stream
			.concat(result.models().stream(), java.util.stream.Stream.of(result.naive()))
			.filter(row -> models.contains(row.model()))
			.map(row -> model(row, paths))
			.toList();
		return new PredictionDto(analysis.asset().assetId(), analysis.asset().symbol(), analysis.asset().name(),
				analysis.stablecoin(), parameters(analysis), result.asOf(), result.steps(),
				result.samplingInterval().toSeconds(), metrics(result), rows, consensus(result.consensus(), paths),
				signal(result), result.warnings().stream().map(WORDS::warning).toList());
	}

	static SignalResponse signal(Analysis analysis) {
		return new SignalResponse(analysis.asset().assetId(), analysis.stablecoin(), analysis.result().asOf(),
				parameters(analysis), signal(analysis.result()));
	}

	static ConfidenceResponse confidence(Analysis analysis) {
		AnalysisResult result = analysis.result();
		// The naive baseline too, as /predictions lists it: its confidence says how far
		// the
		// others are worth trusting.
		List<ConfidenceResponse.ModelConfidence> rows = java.util.stream.Stream
			.concat(result.models().stream(), java.util.stream.Stream.of(result.naive()))
			.map(row -> new ConfidenceResponse.ModelConfidence(key(row.model()), row.model().label(),
					confidenceOf(row.outcome()), reasonOf(row.outcome())))
			.toList();
		return new ConfidenceResponse(analysis.asset().assetId(), analysis.stablecoin(), result.asOf(),
				parameters(analysis), rows, confidenceOf(result.consensus().outcome()),
				Numbers.finite(result.signal().meanConfidence()));
	}

	static String key(Model model) {
		return model.name().toLowerCase(Locale.ROOT);
	}

	private static PredictionDto.ParametersDto parameters(Analysis analysis) {
		AnalysisRequest request = analysis.request();
		return new PredictionDto.ParametersDto(request.historyHours(), request.horizonHours(), request.source().param(),
				request.models().maShort(), request.models().maLong(), request.models().momentumPeriod(),
				analysis.lookback().toMinutes() / 60.0);
	}

	private static PredictionDto.MetricsDto metrics(AnalysisResult result) {
		return new PredictionDto.MetricsDto(result.metrics().currentPrice(),
				Numbers.finite(result.metrics().variationPercent()),
				Numbers.finite(result.metrics().volatilityPercent()), result.metrics().points());
	}

	private static PredictionDto.ModelDto model(ModelResult row, boolean paths) {
		Outcome.Forecast forecast = row.forecast();
		return new PredictionDto.ModelDto(key(row.model()), row.model().label(), forecast != null,
				(forecast != null) ? Numbers.finite(forecast.value()) : null,
				(forecast != null) ? Numbers.finite(forecast.changePercent()) : null, confidenceOf(row.outcome()),
				reasonOf(row.outcome()), (forecast != null && paths) ? path(forecast.path()) : null,
				(forecast != null) ? PredictionDto.IntervalDto.of(forecast.interval80()) : null,
				(forecast != null) ? PredictionDto.IntervalDto.of(forecast.interval95()) : null,
				TrackRecordDto.of(row.trackRecord()));
	}

	private static PredictionDto.ConsensusDto consensus(ConsensusResult consensus, boolean paths) {
		Map<String, Double> weights = new LinkedHashMap<>();
		consensus.weights().forEach((model, weight) -> weights.put(key(model), weight));
		Outcome.Forecast forecast = (consensus.outcome() instanceof Outcome.Forecast f) ? f : null;
		return new PredictionDto.ConsensusDto(forecast != null,
				(forecast != null) ? Numbers.finite(forecast.value()) : null,
				(forecast != null) ? Numbers.finite(forecast.changePercent()) : null, confidenceOf(consensus.outcome()),
				reasonOf(consensus.outcome()), weights, (forecast != null && paths) ? path(forecast.path()) : null,
				(forecast != null) ? PredictionDto.IntervalDto.of(forecast.interval80()) : null,
				(forecast != null) ? PredictionDto.IntervalDto.of(forecast.interval95()) : null,
				TrackRecordDto.of(consensus.trackRecord()));
	}

	private static SignalDto signal(AnalysisResult result) {
		SignalBacking backing = result.signalBacking();
		SignalBacking.Reason reason = backing.reason();
		return new SignalDto(result.signal().action().name(), Numbers.finite(result.signal().meanConfidence()),
				Numbers.finite(result.signal().changePercent()), TrackRecordDto.of(result.consensus().trackRecord()),
				backing.actionable(), reason, (reason != null) ? WORDS.backing(reason) : null);
	}

	private static List<PredictionDto.PathPoint> path(List<TimedValue> path) {
		return path.stream()
			.map(point -> new PredictionDto.PathPoint(point.time(), Numbers.finite(point.value())))
			.toList();
	}

	private static @Nullable Double confidenceOf(Outcome outcome) {
		return (outcome instanceof Outcome.Forecast forecast) ? Numbers.finite(forecast.confidence()) : null;
	}

	private static @Nullable String reasonOf(Outcome outcome) {
		return (outcome instanceof Outcome.Unavailable why) ? WORDS.reason(why) : null;
	}

}
