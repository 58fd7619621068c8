package io.cryptoviz.consumer.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.cryptoviz.store.write.StoreResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line and the metrics for each flush that did something; idle cycles stay
 * silent.
 */
final class FlushReporter {

	private static final Logger log = LoggerFactory.getLogger(FlushReporter.class);

	private final Clock clock;

	private final Timer flushDuration;

	private final Timer lag;

	private final Counter stored;

	private final Counter duplicates;

	private final Counter deadLettered;

	FlushReporter(Clock clock, MeterRegistry registry) {
		this.clock = clock;
		this.flushDuration = Timer.builder("cryptoviz.consumer.flush.duration")
			.description("Time to write one batch to DuckDB and acknowledge it in Redis")
			.register(registry);
		this.lag = Timer.builder("cryptoviz.consumer.lag")
			.description("From the scraper fetching the oldest quote of a batch to the batch being stored")
			.register(registry);
		this.stored = counter(registry, "stored", "Quotes stored as new rows");
		this.duplicates = counter(registry, "duplicates", "Quotes skipped because they were already stored");
		this.deadLettered = counter(registry, "dead.lettered", "Messages moved to the dead-letter list");
	}

	/**
	 * @param queueDepth quotes in the shared queue
	 * @param takenDepth quotes this consumer has taken but not stored yet (claimed or in
	 * flight)
	 */
	void report(Batch batch, StoreResult result, Duration took, long queueDepth, long takenDepth, long totalRows) {
		if (batch.size() == 0) {
			return;
		}
		Instant now = this.clock.instant();
		Duration lagged = (batch.oldestFetchedAt() != null) ? Duration.between(batch.oldestFetchedAt(), now) : null;
		this.flushDuration.record(took);
		if (lagged != null && !lagged.isNegative()) {
			this.lag.record(lagged);
		}
		this.stored.increment(result.stored());
		this.duplicates.increment(result.duplicates());
		this.deadLettered.increment(batch.deadLetters().size());
		log.info(
				"Flushed {} quotes: stored {}, duplicates skipped {}, dead-lettered {} in {} ms; lag {}; queue {}; "
						+ "taken, not yet stored {}; total rows {}",
				batch.size(), result.stored(), result.duplicates(), batch.deadLetters().size(), took.toMillis(),
				(lagged != null) ? lagged.toMillis() + " ms" : "n/a", queueDepth, takenDepth, totalRows);
	}

	private static Counter counter(MeterRegistry registry, String name, String description) {
		return Counter.builder("cryptoviz.consumer.quotes." + name).description(description).register(registry);
	}

}
