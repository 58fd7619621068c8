package io.cryptoviz.store.file;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.cryptoviz.model.retry.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The lock wait on a virtual clock: a read-write connection of this JVM holds the file,
 * which DuckDB refuses to a read-only open exactly as another process's lock, and the
 * retries pause on the virtual clock only.
 */
class DuckDbFileRetryTest {

	private final VirtualTime time = new VirtualTime();

	@TempDir
	Path dir;

	@Test
	void a_reader_gives_up_when_its_next_pause_would_pass_the_bound() throws Exception {
		Path file = this.dir.resolve("held.duckdb");
		DuckDbFile reader = new DuckDbFile(file, LockWaitPolicy.quietlyWithin(Duration.ofSeconds(3)),
				this.time.retry(DuckDbFile.LOCK_BACKOFF));
		long started = System.nanoTime();

		try (Connection writer = DriverManager.getConnection("jdbc:duckdb:" + file)) {
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(reader::openReadOnly)
				.withMessageContaining("stayed locked by this process")
				.satisfies(ex -> {
					assertThat(ex.waited()).isLessThanOrEqualTo(Duration.ofSeconds(3));
					assertThat(ex.attempts()).isEqualTo(this.time.pauses().size() + 1);
				});
		}

		Duration paused = this.time.pauses().stream().reduce(Duration.ZERO, Duration::plus);
		assertThat(paused).isBetween(Duration.ofMillis(2800), Duration.ofSeconds(3));
		assertThat(this.time.pauses())
			.allSatisfy(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofMillis(100)));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(reader.currentWait()).isNull();
	}

	@Test
	void a_write_waits_for_ever_until_the_holder_lets_go_and_publishes_the_wait_meanwhile() throws Exception {
		Path file = this.dir.resolve("released.duckdb");
		DuckDbFile writer = new DuckDbFile(file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60)),
				this.time.retry(DuckDbFile.LOCK_BACKOFF));
		writer.write(c -> c.createStatement().execute("CREATE TABLE t (x INTEGER)"));
		DuckDbFile reader = new DuckDbFile(file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60)),
				this.time.retry(DuckDbFile.LOCK_BACKOFF));
		Connection holder = DriverManager.getConnection("jdbc:duckdb:" + file);
		AtomicInteger pauses = new AtomicInteger();
		this.time.atEachPause(() -> {
			assertThat(reader.currentWait()).isNotNull();
			if (pauses.incrementAndGet() == 1000) {
				close(holder);
			}
		});

		long rows = reader.read(c -> {
			try (var result = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
				result.next();
				return result.getLong(1);
			}
		});

		assertThat(rows).isZero();
		assertThat(pauses).hasValue(1000);
		assertThat(Duration.between(VirtualTime.START, this.time.instant())).isGreaterThan(Duration.ofSeconds(60));
		assertThat(reader.currentWait()).isNull();
	}

	@Test
	void an_error_other_than_a_lock_is_not_retried() throws Exception {
		Path file = this.dir.resolve("text.duckdb");
		java.nio.file.Files.writeString(file, "not a database");
		DuckDbFile reader = new DuckDbFile(file, LockWaitPolicy.quietlyWithin(Duration.ofSeconds(3)),
				this.time.retry(DuckDbFile.LOCK_BACKOFF));

		assertThatExceptionOfType(SQLException.class).isThrownBy(reader::openReadOnly)
			.isNotInstanceOf(LockTimeoutException.class);
		assertThat(this.time.pauses()).isEmpty();
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
