package io.cryptoviz.ml.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void prints_a_row_per_model_with_verdict_hit_rate_and_coverage_for_each_horizon() throws IOException {
		Path file = this.folder.resolve("btc.csv");
		try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/reference/btcusdt-5m-close.csv"))) {
			Files.copy(in, file);
		}

		int status = run(file.toString(), "--horizon", "1h,4h");

		String report = this.out.toString(StandardCharsets.UTF_8);
		assertThat(status).isZero();
		assertThat(report).contains("btc.csv: 2,000 prices, 2025-04-03T17:05:00Z to 2025-04-10T15:40:00Z",
				"horizon 1 h (12 steps)", "horizon 4 h (48 steps)");
		assertThat(report.lines().filter(line -> line.startsWith("Consensus"))).hasSize(2)
			.allSatisfy(line -> assertThat(line).containsAnyOf("WORSE_THAN_NAIVE", "NO_DIFFERENCE", "BEATS_NAIVE"));
		assertThat(report.lines().filter(line -> line.startsWith("Price stays the same")))
			.allSatisfy(line -> assertThat(line).contains("1.0000 NO_DIFFERENCE"));
	}

	@Test
	void a_missing_file_is_a_usage_error_that_names_it() {
		int status = run(this.folder.resolve("nope.csv").toString());

		assertThat(status).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("nope.csv is not a file", "usage:");
	}

	@Test
	void a_nonsense_horizon_says_what_it_takes() throws IOException {
		Path file = Files.writeString(this.folder.resolve("p.csv"), "timestamp,close\n2025-01-01T00:00:00Z,1\n");

		int status = run(file.toString(), "--horizon", "soon");

		assertThat(status).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("--horizon takes durations such as 5m, 1h or 24h, separated by commas; was 'soon'");
	}

	private int run(String... args) {
		return EvaluateCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
