package io.cryptoviz.consumer.stats;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact command line {@code ./cryptoviz stats} runs, against the packaged jar. */
class StatsCommandIT {

	@TempDir
	Path dir;

	@Test
	void the_fat_jar_runs_the_stats_command_through_the_properties_launcher() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("consumer.jar"),
				"-Dloader.main=io.cryptoviz.consumer.stats.StatsCommand",
				"org.springframework.boot.loader.launch.PropertiesLauncher")
			.redirectErrorStream(true);
		builder.environment().put("CRYPTOVIZ_DB_PATH", this.dir.resolve("none.duckdb").toString());
		builder.environment().put("REDIS_URL", RealRedis.shared().uri());
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes());

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(out).startsWith("CryptoViz stats at ").contains("no file at").containsPattern("queue +\\d+");
		assertThat(out.lines().count()).as(out).isEqualTo(6);
		assertThat(process.exitValue()).isZero();
	}

}
