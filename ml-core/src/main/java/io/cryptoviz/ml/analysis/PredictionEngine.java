package io.cryptoviz.ml.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cryptoviz.ml.analysis.Outcome.Forecast;
import io.cryptoviz.ml.analysis.Outcome.Unavailable;
import io.cryptoviz.ml.backtest.RollingOriginBacktest;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.consensus.Confidence;
import io.cryptoviz.ml.consensus.ConsensusIndicator;
import io.cryptoviz.ml.consensus.Signal;
import io.cryptoviz.ml.indicator.Indicator;
import io.cryptoviz.ml.indicator.Indicators;
import io.cryptoviz.ml.indicator.StandardDeviation;
import io.cryptoviz.ml.model.ForecastModels;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.TimedValue;

/**
 * Runs the four models, the naive baseline, the consensus, the signal and every track
 * record on one asset's prices.
 * <p>
 * The models see the history window (the points within {@code settings.history()} of the
 * last one); the backtests see the longer lookback. Stateless and thread-safe: each call
 * builds its own indicators, and the result is immutable.
 */
public final class PredictionEngine {

	private static final Model[] CONSENSUS_MODELS = { Model.MA_SHORT, Model.MA_LONG, Model.TREND, Model.MOMENTUM };

	/**
	 * Analyses one asset.
	 * @param series the asset's prices, ideally covering the backtest lookback
	 * @param settings validated settings
	 * @return the result
	 */
	public AnalysisResult analyze(PriceSeries series, AnalysisSettings settings) {
		PriceSeries history = series.tail(settings.history());
		PriceSeries lookback = series.tail(settings.backtestLookback());
		int last = history.size() - 1;
		double price = history.lastPrice();
		int steps = history.stepsFor(settings.horizon());
		ForecastModels live = new ForecastModels(history, settings.models(), settings.history(), settings.horizon(),
				steps);
		ForecastModels past = history.equals(lookback) ? live
				: new ForecastModels(lookback, settings.models(), settings.history(), settings.horizon(), steps);
		double volatility = Confidence.volatilityFactor(history);
		List<Warning> warnings = new ArrayList<>(Warnings.ofSeries(history, settings.horizon()));

		List<ModelResult> models = new ArrayList<>();
		List<Model> available = new ArrayList<>();
		// The consensus path weights these very paths rather than building them a second
		// time.
		Map<Model, List<TimedValue>> paths = new EnumMap<>(Model.class);
		for (Model model : CONSENSUS_MODELS) {
			ModelResult result = modelResult(model, live, past, volatility);
			models.add(result);
			switch (result.outcome()) {
				case Forecast forecast -> {
					available.add(model);
					paths.put(model, forecast.path());
				}
				case Unavailable unavailable -> warnings.add(new Warning.ModelUnavailable(model, unavailable));
			}
		}
		ModelResult naive = modelResult(Model.NAIVE, live, past, volatility);
		ConsensusResult consensus = consensus(available, paths, settings, live, past, volatility);
		warnings.addAll(Warnings.ofTrackRecord(naive.trackRecord(), steps,
				RollingOriginBacktest.pointsNeeded(past.forecast(Model.NAIVE), past.steps()), past.series().size()));

		double changePercent = Double.NaN;
		double meanConfidence = Double.NaN;
		if (consensus.outcome() instanceof Forecast forecast) {
			changePercent = forecast.changePercent();
			meanConfidence = models.stream()
				.map(ModelResult::forecast)
				.filter(f -> f != null)
				.mapToDouble(Forecast::confidence)
				.sum();
			meanConfidence = (meanConfidence + forecast.confidence()) / (available.size() + 1);
		}
		else {
			warnings.add(new Warning.NoSignal((Unavailable) consensus.outcome()));
		}
		Signal signal = Signal.decide(changePercent, meanConfidence, settings.signal());
		Duration samplingInterval = (history.size() > 1) ? history.samplingInterval() : settings.horizon();
		return new AnalysisResult(history.lastTime(), settings.horizon(), steps, samplingInterval, models, naive,
				consensus, signal, metrics(history), overlays(live, last), warnings);
	}

	private static ModelResult modelResult(Model model, ForecastModels live, ForecastModels past, double volatility) {
		PriceSeries history = live.series();
		int last = history.size() - 1;
		TrackRecord record = RollingOriginBacktest.evaluate(past.forecast(model), past.steps());
		Outcome outcome = live.hasForecast(model, last) ? forecast(live.forecast(model).value(last),
				history.lastPrice(), volatility, live.path(model, last), record)
				: Unavailable.insufficientData(live.settings().requiredPoints(model), history.size());
		return new ModelResult(model, outcome, record);
	}

	private static ConsensusResult consensus(List<Model> available, Map<Model, List<TimedValue>> paths,
			AnalysisSettings settings, ForecastModels live, ForecastModels past, double volatility) {
		Map<Model, Double> weights = settings.weights().renormalised(available);
		if (weights.isEmpty()) {
			Unavailable reason = Unavailable.because(available.isEmpty() ? Unavailable.Reason.NO_MODEL_HAS_DATA
					: Unavailable.Reason.NO_WEIGHTED_MODEL_HAS_DATA);
			return new ConsensusResult(reason, weights, TrackRecord.none());
		}
		double[] weightArray = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
		List<Model> used = List.copyOf(weights.keySet());
		Indicator liveConsensus = new ConsensusIndicator(used.stream().map(live::forecast).toList(), weightArray);
		Indicator pastConsensus = (past == live) ? liveConsensus
				: new ConsensusIndicator(used.stream().map(past::forecast).toList(), weightArray);
		int last = live.series().size() - 1;
		List<TimedValue> path = weightedPath(used.stream().map(paths::get).toList(), weightArray);
		TrackRecord record = RollingOriginBacktest.evaluate(pastConsensus, past.steps());
		Forecast forecast = forecast(liveConsensus.value(last), live.series().lastPrice(), volatility, path, record);
		return new ConsensusResult(forecast, weights, record);
	}

	private static List<TimedValue> weightedPath(List<List<TimedValue>> paths, double[] weights) {
		List<TimedValue> first = paths.getFirst();
		TimedValue[] path = new TimedValue[first.size()];
		for (int step = 0; step < path.length; step++) {
			double value = 0;
			for (int j = 0; j < weights.length; j++) {
				value += weights[j] * paths.get(j).get(step).value();
			}
			path[step] = new TimedValue(first.get(step).time(), value);
		}
		// An immutable list already: the Forecast keeps it instead of copying it again.
		return List.of(path);
	}

	private static Forecast forecast(double value, double price, double volatility, List<TimedValue> path,
			TrackRecord record) {
		return new Forecast(value, (value - price) / price * 100, Confidence.of(value, price, volatility), path,
				record.interval80().around(value), record.interval95().around(value));
	}

	private static Metrics metrics(PriceSeries history) {
		int n = history.size();
		Indicator price = Indicators.price(history);
		double volatility = (n > 1)
				? StandardDeviation.sample(price, n - 1, n) / StandardDeviation.mean(price, n - 1, n) * 100 : 0;
		double first = history.price(0);
		return new Metrics(history.lastPrice(), (history.lastPrice() - first) / first * 100, volatility, n);
	}

	private static Overlays overlays(ForecastModels live, int last) {
		return new Overlays(live.definedForecasts(Model.MA_SHORT), live.definedForecasts(Model.MA_LONG),
				live.trendLine(last));
	}

}
