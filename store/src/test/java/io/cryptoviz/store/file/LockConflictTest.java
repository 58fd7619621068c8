package io.cryptoviz.store.file;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.cryptoviz.store.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Each message DuckDB really produces when the file is held, from a real open. */
class LockConflictTest {

	@TempDir
	Path dir;

	@Test
	void a_write_while_another_process_reads_is_a_conflict_naming_that_process() throws Exception {
		Path file = created("read-held.duckdb");
		try (LockHolder reader = LockHolder.holdReadOnly(file)) {
			SQLException ex = openFailure(file, false);

			assertThat(ex.getMessage()).contains("Could not set lock on file");
			assertThat(LockConflict.is(ex)).isTrue();
			assertThat(LockConflict.holder(ex)).contains("(PID " + reader.pid() + ")");
		}
	}

	@Test
	void a_read_while_another_process_writes_is_a_conflict_naming_that_process() throws Exception {
		Path file = created("write-held.duckdb");
		try (LockHolder writer = LockHolder.holdReadWrite(file)) {
			SQLException ex = openFailure(file, true);

			assertThat(ex.getMessage()).contains("Conflicting lock is held");
			assertThat(LockConflict.is(ex)).isTrue();
			assertThat(LockConflict.holder(ex)).contains("(PID " + writer.pid() + ")");
		}
	}

	@Test
	void a_read_while_this_process_writes_is_a_conflict_held_by_this_process() throws Exception {
		Path file = created("same-jvm.duckdb");
		try (Connection writer = DriverManager.getConnection("jdbc:duckdb:" + file)) {
			SQLException ex = openFailure(file, true);

			assertThat(ex.getMessage()).contains("different configuration than existing connections");
			assertThat(LockConflict.is(ex)).isTrue();
			assertThat(LockConflict.holder(ex)).isEqualTo("this process (PID " + ProcessHandle.current().pid() + ")");
		}
	}

	@Test
	void two_connections_of_this_process_attaching_at_once_is_a_conflict_held_by_this_process() {
		// Recorded from a real race (IngestLoopTest's reader against the writer); not
		// reproducible on demand.
		SQLException ex = new SQLException("Binder Error: Unique file handle conflict: Cannot attach \"cryptoviz\" - "
				+ "the database file \"/tmp/x/cryptoviz.duckdb\" is already attached by database \"cryptoviz\"");

		assertThat(LockConflict.is(ex)).isTrue();
		assertThat(LockConflict.holder(ex)).startsWith("this process");
	}

	@Test
	void other_errors_are_not_conflicts() throws Exception {
		Path notADatabase = this.dir.resolve("text.duckdb");
		java.nio.file.Files.writeString(notADatabase, "not a database");

		SQLException ex = openFailure(notADatabase, true);

		assertThat(LockConflict.is(ex)).isFalse();
		assertThat(LockConflict.holder(ex)).isEqualTo("an unknown process");
	}

	private Path created(String name) throws SQLException {
		Path file = this.dir.resolve(name);
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
			connection.createStatement().execute("CREATE TABLE t (x INTEGER)");
		}
		return file;
	}

	private static SQLException openFailure(Path file, boolean readOnly) {
		Properties properties = new Properties();
		if (readOnly) {
			properties.setProperty("duckdb.read_only", "true");
		}
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, properties)) {
			throw new AssertionError("opened " + file + " although it is held");
		}
		catch (SQLException ex) {
			return ex;
		}
	}

}
