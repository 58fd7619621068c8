package io.cryptoviz.ml.backtest;

import java.time.Duration;
import java.util.Map;

import io.cryptoviz.ml.model.Model;
import io.cryptoviz.ml.model.ModelSettings;
import io.cryptoviz.ml.series.PriceSeries;
import io.cryptoviz.ml.series.SeriesCuts;

/**
 * The straightforward reference for the fast backtest: at every origin t it cuts the
 * series down to points 0..t, refits each model from scratch with textbook two-pass
 * formulas, and scores the forecast against p_{t+k}. O(n²) and obviously free of
 * look-ahead; the fast implementation must agree with it.
 */
public final class RefitBacktest {

	private static final double MILLIS_PER_HOUR = 3_600_000.0;

	private final ModelSettings settings;

	private final Duration trendWindow;

	private final Duration horizon;

	private final int steps;

	public RefitBacktest(ModelSettings settings, Duration trendWindow, Duration horizon, int steps) {
		this.settings = settings;
		this.trendWindow = trendWindow;
		this.horizon = horizon;
		this.steps = steps;
	}

	/** The forecast of {@code model} made with the points of {@code known} only. */
	public double forecast(Model model, PriceSeries known) {
		int n = known.size();
		double p = known.lastPrice();
		return switch (model) {
			case MA_SHORT -> meanOfLast(known, this.settings.maShort());
			case MA_LONG -> meanOfLast(known, this.settings.maLong());
			case TREND -> trend(known);
			case MOMENTUM -> {
				int m = this.settings.momentumPeriod();
				int s = this.settings.momentumSmoothing();
				if (n < m + s) {
					yield Double.NaN;
				}
				double sum = 0;
				for (int j = n - s; j < n; j++) {
					sum += known.price(j) - known.price(j - m);
				}
				yield Math.max(0, p + (sum / s) / m * this.steps);
			}
			case NAIVE -> p;
		};
	}

	/**
	 * The weighted consensus of the models in {@code weights}, NaN unless all forecast.
	 */
	public double consensus(Map<Model, Double> weights, PriceSeries known) {
		double sum = 0;
		for (var entry : weights.entrySet()) {
			sum += entry.getValue() * forecast(entry.getKey(), known);
		}
		return sum;
	}

	/** Scores {@code model} at every origin of {@code series}, refitting each time. */
	public TrackRecord evaluate(Model model, PriceSeries series) {
		return evaluate(series, known -> forecast(model, known));
	}

	public TrackRecord evaluateConsensus(Map<Model, Double> weights, PriceSeries series) {
		return evaluate(series, known -> consensus(weights, known));
	}

	private TrackRecord evaluate(PriceSeries series, java.util.function.ToDoubleFunction<PriceSeries> model) {
		int origins = 0;
		int directional = 0;
		int hits = 0;
		int moves = 0;
		int ups = 0;
		double errors = 0;
		double percentages = 0;
		double naiveErrors = 0;
		java.util.List<Double> differentials = new java.util.ArrayList<>();
		java.util.List<double[]> relative = new java.util.ArrayList<>();
		for (int t = 0; t + this.steps < series.size(); t++) {
			double forecast = model.applyAsDouble(SeriesCuts.head(series, t + 1));
			if (Double.isNaN(forecast)) {
				continue;
			}
			double price = series.price(t);
			double actual = series.price(t + this.steps);
			origins++;
			errors += Math.abs(actual - forecast);
			percentages += 100 * Math.abs(actual - forecast) / actual;
			naiveErrors += Math.abs(actual - price);
			differentials.add(Math.abs(actual - forecast) - Math.abs(actual - price));
			if (forecast > 0) {
				relative.add(new double[] { t, (actual - forecast) / forecast });
			}
			if (actual != price) {
				moves++;
				ups += (actual > price) ? 1 : 0;
				if (forecast != price) {
					directional++;
					hits += ((forecast > price) == (actual > price)) ? 1 : 0;
				}
			}
		}
		if (origins == 0) {
			return TrackRecord.none();
		}
		double mae = errors / origins;
		double naiveMae = naiveErrors / origins;
		return new TrackRecord(origins, mae, percentages / origins, naiveMae, mae / naiveMae,
				(directional > 0) ? 100.0 * hits / directional : Double.NaN, directional,
				(moves > 0) ? 100.0 * ups / moves : Double.NaN, dieboldMariano(differentials, this.steps),
				interval(relative, 0.8, this.steps), interval(relative, 0.95, this.steps));
	}

	/**
	 * The test written from its definition: the long-run variance as a double sum over
	 * every pair of origins less than h apart, Bartlett-weighted.
	 */
	static DieboldMariano.Comparison dieboldMariano(java.util.List<Double> d, int h) {
		int n = d.size();
		if (n / h < DieboldMariano.MIN_WINDOWS) {
			return new DieboldMariano.Comparison(Verdict.TOO_LITTLE_DATA, Double.NaN, Double.NaN, n, n / h);
		}
		double mean = d.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double variance = 0;
		for (int t = 0; t < n; t++) {
			for (int s = Math.max(0, t - h + 1); s <= Math.min(n - 1, t + h - 1); s++) {
				variance += (1 - Math.abs(t - s) / (double) h) * (d.get(t) - mean) * (d.get(s) - mean);
			}
		}
		variance /= n;
		if (variance == 0) {
			// no spread at all: equal errors are no difference, a constant edge is
			// certain
			Verdict verdict = (mean == 0) ? Verdict.NO_DIFFERENCE
					: (mean < 0) ? Verdict.BEATS_NAIVE : Verdict.WORSE_THAN_NAIVE;
			return new DieboldMariano.Comparison(verdict,
					(mean == 0) ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean), (mean == 0) ? 1 : 0, n, n / h);
		}
		double dm = mean / Math.sqrt(variance / n);
		double hln = dm * Math.sqrt((n + 1 - 2 * h + h * (h - 1) / (double) n) / n);
		double p = StudentT.twoSidedP(hln, n - 1);
		Verdict verdict = (p >= 0.05) ? Verdict.NO_DIFFERENCE
				: (hln < 0) ? Verdict.BEATS_NAIVE : Verdict.WORSE_THAN_NAIVE;
		return new DieboldMariano.Comparison(verdict, hln, p, n, n / h);
	}

	/**
	 * The interval written from its definition: at every origin, sort the errors known
	 * there and pick the two conformal ranks.
	 */
	static IntervalRecord interval(java.util.List<double[]> errors, double level, int h) {
		int minimum = Math.max(20, (int) Math.ceil(2 / (1 - level)));
		double alpha = 1 - level;
		int checks = 0;
		int inside = 0;
		for (double[] current : errors) {
			double[] known = errors.stream()
				.filter(e -> e[0] + h <= current[0])
				.mapToDouble(e -> e[1])
				.sorted()
				.toArray();
			int m = known.length;
			int low = (int) Math.floor((m + 1) * alpha / 2 + 1e-9);
			int high = (int) Math.ceil((m + 1) * (1 - alpha / 2) - 1e-9);
			if (m >= minimum && low >= 1 && high <= m) {
				checks++;
				inside += (current[1] >= known[low - 1] && current[1] <= known[high - 1]) ? 1 : 0;
			}
		}
		double[] all = errors.stream().mapToDouble(e -> e[1]).sorted().toArray();
		int m = all.length;
		boolean enough = m >= minimum;
		return new IntervalRecord(level, m, minimum,
				enough ? all[(int) Math.floor((m + 1) * alpha / 2 + 1e-9) - 1] : Double.NaN,
				enough ? all[(int) Math.ceil((m + 1) * (1 - alpha / 2) - 1e-9) - 1] : Double.NaN,
				(checks > 0) ? (double) inside / checks : Double.NaN, checks);
	}

	private static double meanOfLast(PriceSeries known, int window) {
		if (known.size() < window) {
			return Double.NaN;
		}
		double sum = 0;
		for (int j = known.size() - window; j < known.size(); j++) {
			sum += known.price(j);
		}
		return sum / window;
	}

	private double trend(PriceSeries known) {
		int last = known.size() - 1;
		long origin = known.epochMillis(last);
		int from = last;
		while (from > 0 && known.epochMillis(from - 1) > origin - this.trendWindow.toMillis()) {
			from--;
		}
		int count = last - from + 1;
		if (count < ModelSettings.TREND_MIN_POINTS) {
			return Double.NaN;
		}
		double meanT = 0;
		double meanP = 0;
		for (int j = from; j <= last; j++) {
			meanT += (known.epochMillis(j) - origin) / MILLIS_PER_HOUR;
			meanP += known.price(j);
		}
		meanT /= count;
		meanP /= count;
		double sxx = 0;
		double sxy = 0;
		for (int j = from; j <= last; j++) {
			double dt = (known.epochMillis(j) - origin) / MILLIS_PER_HOUR - meanT;
			sxx += dt * dt;
			sxy += dt * (known.price(j) - meanP);
		}
		double target = this.horizon.toMillis() / MILLIS_PER_HOUR;
		return Math.max(0, meanP + sxy / sxx * (target - meanT));
	}

}
