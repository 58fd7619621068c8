package io.cryptoviz.ml.evaluation;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cryptoviz.ml.analysis.AnalysisSettings;
import io.cryptoviz.ml.backtest.DieboldMariano;
import io.cryptoviz.ml.backtest.IntervalRecord;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.series.PriceSeries;

/**
 * {@code ./cryptoviz evaluate FILE [--horizon 1h,4h,24h] [--price-column close]}: walks
 * forward over every price in a CSV file and prints, per horizon and model, the relative
 * MAE against naive with the Diebold–Mariano verdict, the direction hit rate against the
 * base rate, and how often the 80 % and 95 % intervals held the price.
 */
public final class EvaluateCommand {

	static final List<Duration> DEFAULT_HORIZONS = List.of(Duration.ofHours(1), Duration.ofHours(4),
			Duration.ofHours(24));

	private EvaluateCommand() {
	}

	public static void main(String[] args) {
		int status = run(args, System.out, System.err);
		if (status != 0) {
			System.exit(status);
		}
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Path file = null;
		List<Duration> horizons = DEFAULT_HORIZONS;
		String priceColumn = null;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--horizon" -> horizons = horizons(value(args, ++i, "--horizon"));
					case "--price-column" -> priceColumn = value(args, ++i, "--price-column");
					case "-h", "--help" -> {
						out.println(usage());
						return 0;
					}
					default -> {
						if (args[i].startsWith("-") || file != null) {
							throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
						}
						file = Path.of(args[i]);
					}
				}
			}
			if (file == null) {
				throw new IllegalArgumentException("no file given");
			}
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException(file + " is not a file");
			}
			PriceSeries series = PriceCsv.read(file, priceColumn);
			out.print(report(file.getFileName().toString(), series, horizons));
			return 0;
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			err.println("evaluate: " + ex.getMessage());
			err.println(usage());
			return 2;
		}
	}

	static String report(String name, PriceSeries series, List<Duration> horizons) {
		StringBuilder text = new StringBuilder();
		Duration interval = (series.size() > 1) ? series.samplingInterval() : Duration.ZERO;
		text.append(String.format(Locale.ROOT, "%s: %,d prices, %s to %s, sampled every %s%n", name, series.size(),
				series.time(0), series.lastTime(), describe(interval)));
		text.append("relMAE: the model's mean absolute error over naive's (price stays the same), same origins.\n");
		text.append("verdict: Diebold-Mariano test against naive at 5 % (HAC variance, lag h-1, HLN correction).\n");
		text.append("hit%: direction hit rate; base%: share of up moves, what always saying 'up' scores.\n");
		text.append("cov80/cov95: how often the interval from past errors alone held the price (walk-forward).\n");
		AnalysisSettings settings = AnalysisSettings.defaults();
		for (Duration horizon : horizons) {
			if (series.size() > 1 && horizon.compareTo(interval) < 0) {
				text.append(String.format(Locale.ROOT, "%nhorizon %s: shorter than the sampling interval, skipped%n",
						describe(horizon)));
				continue;
			}
			WalkForward.Evaluation evaluation = WalkForward.evaluate(series, horizon, settings);
			text.append(String.format(Locale.ROOT, "%nhorizon %s (%d steps)%n", describe(horizon), evaluation.steps()));
			text.append(String.format(Locale.ROOT, "%-20s %8s %8s %7s %-17s %8s %6s %6s %6s %6s%n", "model", "origins",
					"windows", "relMAE", "verdict", "p", "hit%", "base%", "cov80", "cov95"));
			for (WalkForward.Row row : evaluation.rows()) {
				TrackRecord record = row.record();
				DieboldMariano.Comparison comparison = record.comparison();
				text.append(String.format(Locale.ROOT, "%-20s %8d %8d %7s %-17s %8s %6s %6s %6s %6s%n", row.model(),
						record.origins(), comparison.independentWindows(), number(record.relativeMae(), "%.4f"),
						record.verdict(), pValue(comparison.pValue()),
						number(record.directionalAccuracyPercent(), "%.1f"), number(record.upMovePercent(), "%.1f"),
						coverage(record.interval80()), coverage(record.interval95())));
			}
		}
		return text.toString();
	}

	static List<Duration> horizons(String list) {
		List<Duration> horizons = new ArrayList<>();
		for (String item : list.split(",")) {
			String text = item.strip().toLowerCase(Locale.ROOT);
			try {
				Duration horizon = Duration.parse("PT" + text.toUpperCase(Locale.ROOT));
				if (horizon.isNegative() || horizon.isZero()) {
					throw new IllegalArgumentException("--horizon must be positive, was '" + item + "'");
				}
				horizons.add(horizon);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(
						"--horizon takes durations such as 5m, 1h or 24h, separated by commas; was '" + item + "'");
			}
		}
		return horizons;
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	private static String number(double value, String format) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
	}

	private static String pValue(double p) {
		return Double.isNaN(p) ? "-" : (p < 0.0001) ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
	}

	private static String coverage(IntervalRecord record) {
		return Double.isNaN(record.coverage()) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * record.coverage());
	}

	private static String describe(Duration duration) {
		if (duration.toMinutes() < 60 || duration.toMinutesPart() != 0) {
			return duration.toMinutes() + " min";
		}
		return duration.toHours() + " h";
	}

	static String usage() {
		return "usage: ./cryptoviz evaluate FILE [--horizon 1h,4h,24h] [--price-column close]";
	}

}
