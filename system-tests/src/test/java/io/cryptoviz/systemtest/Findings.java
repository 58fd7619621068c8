package io.cryptoviz.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One summary line per scenario, printed for whoever reads the build log and appended to
 * {@code target/reliability/results.tsv}, from which docs/RELIABILITY.md is written.
 */
final class Findings {

	static final Path RESULTS = Path.of("target", "reliability", "results.tsv");

	private Findings() {
	}

	/** Something the scenario did or saw along the way. */
	static void step(String scenario, String what) {
		System.out.printf("[%s] %s%n", scenario, what);
	}

	/** The scenario's result with its figures; {@code ok} false for a failed check. */
	static void summary(String scenario, boolean ok, String figures) {
		String line = "%s | %s | %s | %s".formatted(scenario, Scale.current().name().toLowerCase(),
				ok ? "PASS" : "FAIL", figures);
		System.out.println("RELIABILITY " + line);
		try {
			Files.createDirectories(RESULTS.getParent());
			Files.writeString(RESULTS, Instant.now() + "\t" + line.replace(" | ", "\t") + System.lineSeparator(),
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
