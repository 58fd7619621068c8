package io.cryptoviz.store.file;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

import io.cryptoviz.model.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the retries of one open: retries lock conflicts only, publishes the wait, logs
 * by the {@link LockWaitPolicy} and gives up where it says.
 */
final class LockWatch implements Retry.Watcher<SQLException> {

	private static final Logger log = LoggerFactory.getLogger(DuckDbFile.class);

	private final Path path;

	private final LockWaitPolicy policy;

	private final Consumer<DuckDbFile.LockWait> waiting;

	private boolean warned;

	private Duration nextError;

	LockWatch(Path path, LockWaitPolicy policy, Consumer<DuckDbFile.LockWait> waiting) {
		this.path = path;
		this.policy = policy;
		this.waiting = waiting;
		this.nextError = policy.errorAfter();
	}

	@Override
	public void failed(Retry.Failure<SQLException> failure) throws SQLException {
		SQLException ex = failure.cause();
		if (!LockConflict.is(ex)) {
			throw ex;
		}
		Duration waited = failure.waited();
		String holder = LockConflict.holder(ex);
		this.waiting.accept(new DuckDbFile.LockWait(waited, holder));
		if (this.policy.givesUp() && waited.plus(failure.pause()).compareTo(this.policy.giveUpAfter()) > 0) {
			throw new LockTimeoutException("DuckDB file " + this.path + " stayed locked by " + holder
					+ " for more than " + this.policy.giveUpAfter().toSeconds() + " s", ex, failure.failures(), waited);
		}
		if (!this.warned && waited.compareTo(this.policy.warnAfter()) > 0) {
			this.warned = true;
			log.warn("Waiting {} s for the DuckDB file {}: another process holds it; retrying, nothing is lost",
					waited.toSeconds(), this.path);
		}
		if (waited.compareTo(this.nextError) > 0) {
			this.nextError = this.nextError.plus(this.policy.errorAfter());
			log.error("Waiting {} s for the DuckDB file {}: held by {}; retrying, nothing is lost", waited.toSeconds(),
					this.path, holder);
		}
	}

	@Override
	public void succeeded(int failures, Duration waited) {
		if (this.warned) {
			log.info("DuckDB file {} is free again after {} s", this.path, waited.toSeconds());
		}
		else {
			log.debug("DuckDB file {} opened after {} lock retries in {} ms", this.path, failures, waited.toMillis());
		}
	}

}
