package io.cryptoviz.store.file;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.cryptoviz.model.retry.Retry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** DuckDB's memory limit and threads, on real connections of both sides of the file. */
class DuckDbSettingsTest {

	private static final long MIB = 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void the_writer_and_the_readers_connections_run_with_the_configured_memory_limit_and_threads() throws Exception {
		DuckDbFile file = new DuckDbFile(this.dir.resolve("bounded.duckdb"),
				LockWaitPolicy.quietlyWithin(Duration.ofSeconds(3)), Retry.inRealTime(DuckDbFile.LOCK_BACKOFF),
				new DuckDbSettings(96 * MIB, 1));

		String written = file.write(DuckDbSettingsTest::memoryAndThreads);
		String read = file.read(DuckDbSettingsTest::memoryAndThreads);
		String burst;
		try (Connection connection = file.openReadOnly()) {
			burst = memoryAndThreads(connection);
		}

		assertThat(written).isEqualTo("96.0 MiB, 1");
		assertThat(read).isEqualTo(written);
		assertThat(burst).isEqualTo(written);
	}

	@Test
	void engine_defaults_set_nothing_so_duckdb_keeps_its_own() throws Exception {
		DuckDbFile file = new DuckDbFile(this.dir.resolve("defaults.duckdb"),
				LockWaitPolicy.quietlyWithin(Duration.ofSeconds(3)));

		String settings = file.write(DuckDbSettingsTest::memoryAndThreads);

		assertThat(settings).isNotEqualTo("96.0 MiB, 1").endsWith(", " + Runtime.getRuntime().availableProcessors());
	}

	private static String memoryAndThreads(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement
					.executeQuery("SELECT current_setting('memory_limit'), current_setting('threads')")) {
			row.next();
			return row.getString(1) + ", " + row.getLong(2);
		}
	}

	@Nested
	class Validation {

		@Test
		void a_memory_limit_under_16_mib_is_rejected_with_the_value() {
			assertThatIllegalArgumentException().isThrownBy(() -> new DuckDbSettings(8 * MIB, 2))
				.withMessageContaining("at least 16MB")
				.withMessageContaining(Long.toString(8 * MIB));
		}

		@Test
		void more_than_256_threads_are_rejected_with_the_value() {
			assertThatIllegalArgumentException().isThrownBy(() -> new DuckDbSettings(64 * MIB, 300))
				.withMessageContaining("between 1 and 256")
				.withMessageContaining("300");
		}

		@Test
		void negative_threads_are_rejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> new DuckDbSettings(64 * MIB, -1))
				.withMessageContaining("-1");
		}

		@Test
		void zero_means_duckdbs_default_for_either_bound() {
			assertThat(new DuckDbSettings(0, 0)).isEqualTo(DuckDbSettings.ENGINE_DEFAULTS);
		}

	}

}
