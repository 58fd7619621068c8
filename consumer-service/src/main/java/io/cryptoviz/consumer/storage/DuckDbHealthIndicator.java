package io.cryptoviz.consumer.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.write.QuoteStore;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DuckDB health without opening the file (that would compete with the dashboard for the
 * lock): DOWN when the folder is not writable or the last write failed for a reason other
 * than a lock; a lock held by a reader is normal and only shows as a detail.
 */
class DuckDbHealthIndicator extends AbstractHealthIndicator {

	private final DuckDbFile file;

	private final QuoteStore store;

	DuckDbHealthIndicator(DuckDbFile file, QuoteStore store) {
		super("DuckDB health check failed");
		this.file = file;
		this.store = store;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws IOException {
		Path folder = this.file.path().getParent();
		builder.withDetail("path", this.file.path().toString());
		if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
			builder.down().withDetail("error", "folder " + folder + " is not writable");
			return;
		}
		String failure = this.file.lastFailure();
		if (failure != null) {
			builder.down().withDetail("error", failure);
			return;
		}
		builder.up();
		if (this.file.exists()) {
			builder.withDetail("sizeBytes", Files.size(this.file.path()));
		}
		if (this.store.rowCount() >= 0) {
			builder.withDetail("rows", this.store.rowCount());
		}
		DuckDbFile.LockWait wait = this.file.currentWait();
		if (wait != null) {
			builder.withDetail("waitingForLock", wait.waited().toMillis() + " ms, held by " + wait.holder());
		}
	}

}
