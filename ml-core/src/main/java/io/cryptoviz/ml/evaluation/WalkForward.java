package io.cryptoviz.ml.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cryptoviz.ml.analysis.AnalysisSettings;
import io.cryptoviz.ml.backtest.RollingOriginBacktest;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.consensus.ConsensusIndicator;
import io.cryptoviz.ml.indicator.Indicator;
import io.cryptoviz.ml.model.ForecastModels;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * The rolling-origin backtest over a whole series, for every model, the consensus and the
 * naive baseline, with the dashboard's model settings and weights. The dashboard runs the
 * same backtest over its lookback; here nothing bounds the length.
 */
public final class WalkForward {

	private static final List<Model> CONSENSUS_MODELS = List.of(Model.MA_SHORT, Model.MA_LONG, Model.TREND,
			Model.MOMENTUM);

	private WalkForward() {
	}

	/**
	 * @param series the prices, oldest first
	 * @param horizon the horizon H
	 * @param settings model parameters, the trend's window ({@code history}) and weights
	 * @return one row per model, then the consensus, then naive
	 */
	public static Evaluation evaluate(PriceSeries series, Duration horizon, AnalysisSettings settings) {
		int steps = series.stepsFor(horizon);
		ForecastModels models = new ForecastModels(series, settings.models(), settings.history(), horizon, steps);
		List<Row> rows = new ArrayList<>();
		for (Model model : CONSENSUS_MODELS) {
			rows.add(new Row(model.label(), RollingOriginBacktest.evaluate(models.forecast(model), steps)));
		}
		Map<Model, Double> weights = settings.weights().renormalised(CONSENSUS_MODELS);
		List<Indicator> forecasts = weights.keySet().stream().map(models::forecast).toList();
		double[] weightArray = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
		rows.add(new Row("Consensus",
				RollingOriginBacktest.evaluate(new ConsensusIndicator(forecasts, weightArray), steps)));
		rows.add(new Row(Model.NAIVE.label(), RollingOriginBacktest.evaluate(models.forecast(Model.NAIVE), steps)));
		return new Evaluation(horizon, steps, rows);
	}

	/**
	 * One horizon's results.
	 *
	 * @param horizon the horizon H
	 * @param steps H in sampling steps
	 * @param rows one per model, the consensus and naive
	 */
	public record Evaluation(Duration horizon, int steps, List<Row> rows) {

		public Evaluation {
			rows = List.copyOf(rows);
		}

	}

	/**
	 * @param model the model's label
	 * @param record its track record over the whole series
	 */
	public record Row(String model, TrackRecord record) {
	}

}
