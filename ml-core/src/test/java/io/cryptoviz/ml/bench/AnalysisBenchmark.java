package io.cryptoviz.ml.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.analysis.AnalysisSettings;
import io.cryptoviz.ml.analysis.Batches;
import io.cryptoviz.ml.analysis.PredictionEngine;
import io.cryptoviz.ml.backtest.RefitBacktest;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.consensus.ConsensusWeights;
import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.series.PriceSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of one full analysis (models, consensus, signal, overlays and every track record)
 * on 864 points, 72 hours of 5-minute data; of the refit-at-every-origin backtests of the
 * same models on the same input; and of a batch of 50 such assets. Not a unit test: run
 * it with {@code ./mvnw -pl ml-core -Pbench test-compile exec:exec} (see the README).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Three forks of 5 s warm-up and 5 s measured: one fork's JIT choices moved the refit
// ratio from 26x to 15x between two runs on the shared 2-core machine; the bench reports
// the ratio with the interval these give (bench/performance.sh).
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Benchmark)
public class AnalysisBenchmark {

	private static final int POINTS = 72 * 12;

	private static final int ASSETS = 50;

	@Param({ "1", "4", "24" })
	public int horizonHours;

	private final PredictionEngine engine = new PredictionEngine();

	private AnalysisSettings settings;

	private PriceSeries series;

	private Map<String, PriceSeries> batch;

	private RefitBacktest refit;

	@Setup
	public void setUp() {
		this.settings = AnalysisSettings.defaults()
			.withHorizon(Duration.ofHours(this.horizonHours))
			.withWindows(Duration.ofHours(72), Duration.ofHours(72));
		this.series = TestSeries.randomWalk(1, POINTS, 80_000);
		this.batch = new LinkedHashMap<>();
		for (int asset = 0; asset < ASSETS; asset++) {
			this.batch.put("ASSET" + asset, TestSeries.randomWalk(100 + asset, POINTS, 10 + asset * 100));
		}
		this.refit = new RefitBacktest(this.settings.models(), this.settings.history(), this.settings.horizon(),
				this.series.stepsFor(this.settings.horizon()));
	}

	@Benchmark
	public AnalysisResult fullAnalysisWithBacktest() {
		return this.engine.analyze(this.series, this.settings);
	}

	@Benchmark
	public void refitAtEveryOriginBacktest(Blackhole blackhole) {
		for (Model model : Model.values()) {
			blackhole.consume(this.refit.evaluate(model, this.series));
		}
		TrackRecord consensus = this.refit.evaluateConsensus(ConsensusWeights.defaults()
			.renormalised(List.of(Model.MA_SHORT, Model.MA_LONG, Model.TREND, Model.MOMENTUM)), this.series);
		blackhole.consume(consensus);
	}

	@Benchmark
	public Map<String, AnalysisResult> batchOf50Assets() {
		return Batches.analyzeAll(this.engine, this.batch, this.settings);
	}

}
