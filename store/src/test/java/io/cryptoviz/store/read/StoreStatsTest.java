package io.cryptoviz.store.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.Source;
import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.write.QuoteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StoreStatsTest {

	@TempDir
	Path dir;

	@Test
	void every_source_is_counted_by_its_stored_name_even_one_this_version_does_not_know() throws Exception {
		Path file = this.dir.resolve("store.duckdb");
		QuoteStore store = new QuoteStore(
				new DuckDbFile(file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60))),
				Clock.systemUTC());
		store.initialize();
		Quote gecko = TestQuotes.quote(0);
		store.store(List.of(gecko, new Quote(gecko.assetId(), gecko.symbol(), gecko.name(), 1.0, null, null, null,
				Source.of("KRAKEN"), gecko.sourceTimestamp(), gecko.fetchedAt())));

		StoreStats stats = StoreStats.read(file, TestQuotes.START.plus(Duration.ofHours(1)));

		assertThat(stats.total()).isEqualTo(2);
		assertThat(stats.rowsPerSource()).containsEntry("COINGECKO", 1L).containsEntry("KRAKEN", 1L);
		assertThat(stats.lastDay()).isEqualTo(2);
	}

	@Test
	void a_damaged_file_is_unreadable_with_duckdbs_message() throws Exception {
		Path file = this.dir.resolve("text.duckdb");
		Files.writeString(file, "not a database");

		assertThatExceptionOfType(NotReadable.Unreadable.class)
			.isThrownBy(() -> StoreStats.read(file, TestQuotes.START))
			.withMessageContaining("text.duckdb");
	}

}
