package io.cryptoviz.store.file;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.cryptoviz.store.LockHolder;
import io.cryptoviz.store.TestDatabase;
import io.cryptoviz.store.write.QuoteStore;
import io.cryptoviz.store.write.QuoteStoreTest;
import io.cryptoviz.store.write.StoreResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class DuckDbFileLockTest {

	@TempDir
	Path dir;

	@Test
	void a_write_waits_for_a_reader_in_another_process_then_stores_everything_once() throws Exception {
		Path file = this.dir.resolve("locked.duckdb");
		DuckDbFile duckDb = new DuckDbFile(file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60)));
		QuoteStore store = new QuoteStore(duckDb, Clock.systemUTC());
		store.initialize();

		CompletableFuture<StoreResult> write;
		try (LockHolder reader = LockHolder.holdReadOnly(file)) {
			write = CompletableFuture.supplyAsync(() -> {
				try {
					return store.store(QuoteStoreTest.quotes(0, 500));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			await().atMost(Duration.ofSeconds(10)).until(() -> duckDb.currentWait() != null);
			assertThat(duckDb.currentWait().holder()).contains("PID");
			assertThat(write).isNotDone();
		}

		assertThat(write.get(20, TimeUnit.SECONDS)).isEqualTo(new StoreResult(500, 0));
		assertThat(duckDb.currentWait()).isNull();
		assertThat(TestDatabase.rows(file)).isEqualTo(500);
	}

	@Test
	void a_reader_that_gives_up_says_who_holds_the_file() throws Exception {
		Path file = this.dir.resolve("held.duckdb");
		new QuoteStore(new DuckDbFile(file, LockWaitPolicy.forever(Duration.ZERO, Duration.ofSeconds(1))),
				Clock.systemUTC())
			.initialize();
		DuckDbFile impatient = new DuckDbFile(file,
				new LockWaitPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(300)));

		try (LockHolder reader = LockHolder.holdReadOnly(file)) {
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(() -> impatient.write((c) -> 1))
				.withMessageContaining("stayed locked by")
				.withMessageContaining("PID");
		}
	}

}
