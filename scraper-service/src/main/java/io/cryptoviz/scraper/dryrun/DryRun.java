package io.cryptoviz.scraper.dryrun;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import io.cryptoviz.scraper.base.FetchException;
import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.SourceBatch;

/**
 * Fetches each enabled source once and prints what the scraper would publish. CoinGecko
 * goes first because the other sources quote only the assets it lists. The exit code is 0
 * when every source asked for answered, 1 when one failed or is off, 2 for an unknown
 * name.
 */
public final class DryRun implements ApplicationRunner, ExitCodeGenerator {

	/** The Spring profile that turns the scraper into this one-shot command. */
	public static final String PROFILE = "dry-run";

	static final String FIRST = "coingecko";

	private final List<QuoteSource> sources;

	private final PrintStream out;

	private int exitCode;

	DryRun(List<QuoteSource> sources, PrintStream out) {
		this.sources = sources.stream()
			.sorted(Comparator.comparing((QuoteSource source) -> !source.name().equals(FIRST))
				.thenComparing(QuoteSource::name))
			.toList();
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		List<String> wanted = args.containsOption("source")
				? args.getOptionValues("source").stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList()
				: List.of();
		List<String> known = this.sources.stream().map(QuoteSource::name).toList();
		List<String> unknown = wanted.stream().filter((name) -> !known.contains(name)).toList();
		if (!unknown.isEmpty()) {
			this.out.println("scrape: no source named " + String.join(", ", unknown) + "; the sources are "
					+ String.join(", ", known));
			this.exitCode = 2;
			return;
		}
		QuoteTable table = new QuoteTable();
		List<String> summary = new ArrayList<>();
		boolean failed = false;
		for (QuoteSource source : this.sources) {
			boolean shown = wanted.isEmpty() || wanted.contains(source.name());
			boolean neededFirst = source.name().equals(FIRST) && !wanted.isEmpty() && !shown;
			if (!shown && !neededFirst) {
				continue;
			}
			if (!source.status().enabled()) {
				if (shown) {
					summary.add(source.name() + ": off (" + source.describe() + ")");
					failed |= !wanted.isEmpty();
				}
				continue;
			}
			long start = System.nanoTime();
			try {
				SourceBatch batch = source.fetch();
				long millis = (System.nanoTime() - start) / 1_000_000;
				if (shown) {
					batch.quotes().forEach(table::add);
					summary.add(source.name() + ": " + batch.quotes().size() + " quotes, " + batch.rejected()
							+ " rejected, " + batch.unmatched() + " unmatched in " + millis + " ms");
				}
				else {
					summary.add(source.name() + ": fetched first for the tracked ids (" + batch.quotes().size()
							+ " assets), not shown");
				}
			}
			catch (FetchException ex) {
				summary.add(source.name() + ": failed: " + ex.getMessage());
				failed = true;
			}
		}
		table.print(this.out);
		summary.forEach(this.out::println);
		this.out.println("dry run: " + table.size() + " quotes, nothing published");
		this.exitCode = failed ? 1 : 0;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
