package io.cryptoviz.consumer.stats;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.cryptoviz.store.read.NotReadable;
import io.cryptoviz.store.read.StoreStats;
import io.lettuce.core.RedisURI;

/**
 * Prints what the store and the queues hold: {@code ./cryptoviz stats}.
 * <p>
 * Reads {@code CRYPTOVIZ_DB_PATH} (default {@code data/cryptoviz.duckdb}) and
 * {@code REDIS_URL} (default {@code redis://localhost:6379}; compose's form
 * {@code redis://:PASSWORD@redis:6379} carries the password). Each half prints on its
 * own: a missing file or an unreachable Redis is one line, and the other half still
 * prints. Exits 1 if either could not be read, 0 otherwise (a file not created yet is
 * normal).
 */
public final class StatsCommand {

	private final Map<String, String> env;

	private final Clock clock;

	private final PrintStream out;

	private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);

	StatsCommand(Map<String, String> env, Clock clock, PrintStream out) {
		this.env = env;
		this.clock = clock;
		this.out = out;
		this.numbers.setGroupingUsed(true);
	}

	public static void main(String[] args) {
		// Before any logger exists: Lettuce and Netty would otherwise log at DEBUG.
		System.setProperty("logback.configurationFile", "io/cryptoviz/consumer/stats/stats-logback.xml");
		int status = new StatsCommand(System.getenv(), Clock.systemUTC(), System.out).run();
		System.exit(status);
	}

	int run() {
		Instant now = this.clock.instant();
		this.out.println("CryptoViz stats at " + now);
		boolean store = printStore(now);
		boolean queues = printQueues();
		return (store && queues) ? 0 : 1;
	}

	private boolean printStore(Instant now) {
		Path path = Path.of(this.env.getOrDefault("CRYPTOVIZ_DB_PATH", "data/cryptoviz.duckdb")).toAbsolutePath();
		if (!Files.isRegularFile(path)) {
			this.out.println("DuckDB  no file at " + path + " yet (the consumer creates it on its first flush)");
			return true;
		}
		try {
			StoreStats stats = StoreStats.read(path, now);
			this.out.println("DuckDB  " + path + " (" + megabytes(path) + ")");
			row("total records", this.numbers.format(stats.total()));
			row("distinct cryptos", this.numbers.format(stats.distinctAssets()));
			row("sources",
					stats.rowsPerSource().isEmpty() ? "none yet"
							: stats.rowsPerSource()
								.entrySet()
								.stream()
								.map((entry) -> entry.getKey() + " (" + this.numbers.format(entry.getValue()) + ")")
								.collect(Collectors.joining(", ")));
			row("points in last 24 h", this.numbers.format(stats.lastDay()));
			stats.newestPerSource()
				.forEach((source, newest) -> row("newest " + source,
						newest + " (" + Duration.between(newest, now).toMinutes() + " min ago)"));
			return true;
		}
		catch (NotReadable.Unreadable ex) {
			this.out.println("DuckDB  cannot read " + path + ": " + ex.getMessage());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private boolean printQueues() {
		String url = this.env.getOrDefault("REDIS_URL", "redis://localhost:6379");
		RedisURI uri;
		try {
			uri = RedisURI.create(url);
		}
		catch (IllegalArgumentException ex) {
			// The message quotes the URL, which may hold a password.
			String why = String.valueOf(ex.getMessage()).replace(url, "REDIS_URL");
			this.out.println("Redis   REDIS_URL is not a Redis URL (redis://[:PASSWORD@]HOST:PORT): " + why);
			return false;
		}
		String where = uri.getHost() + ":" + uri.getPort();
		try {
			QueueStats stats = QueueStats.read(uri);
			this.out.println("Redis   " + where);
			row("queue", this.numbers.format(stats.queue()));
			row("processing", this.numbers.format(stats.processingTotal()) + (stats.processing().isEmpty() ? ""
					: "  " + stats.processing().toString().replace("{", "(").replace("}", ")")));
			row("dead letters", this.numbers.format(stats.deadLetters()));
			return true;
		}
		catch (RuntimeException ex) {
			this.out.println("Redis   unreachable at " + where + ": " + rootMessage(ex));
			return false;
		}
	}

	private void row(String label, String value) {
		this.out.printf("  %-28s %s%n", label, value);
	}

	private static String megabytes(Path path) {
		try {
			return String.format(Locale.ROOT, "%.1f MB", Files.size(path) / 1e6);
		}
		catch (IOException ex) {
			return "size unknown";
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.toString();
	}

}
