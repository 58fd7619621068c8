package io.cryptoviz.consumer.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers one batch: waits for a first quote, then takes more until the batch is full or
 * the flush interval since that first quote has passed.
 * <p>
 * The batch grows from {@code batchSize} to {@code backlogBatchSize} when the queue is
 * deeper than a batch: each flush opens, checkpoints and closes the DuckDB file, which
 * costs tens of milliseconds however few rows it writes, so a backlog drains in fewer,
 * larger flushes. Intervals use {@link System#nanoTime()} because they must not jump with
 * the wall clock.
 */
final class BatchCollector {

	private final QuoteQueue queue;

	private final int batchSize;

	private final int backlogBatchSize;

	private final Duration flushInterval;

	BatchCollector(QuoteQueue queue, int batchSize, int backlogBatchSize, Duration flushInterval) {
		this.queue = queue;
		this.batchSize = batchSize;
		this.backlogBatchSize = backlogBatchSize;
		this.flushInterval = flushInterval;
	}

	/**
	 * Waits up to one flush interval for a first quote, then gathers the batch.
	 * @return the quotes moved into the processing list, oldest first; empty if none came
	 */
	List<String> collect() {
		String first = this.queue.moveOne(this.flushInterval);
		if (first == null) {
			return List.of();
		}
		long deadline = System.nanoTime() + this.flushInterval.toNanos();
		List<String> items = new ArrayList<>(this.batchSize);
		items.add(first);
		int target = this.batchSize;
		while (items.size() < target) {
			QuoteQueue.Moved moved = this.queue.moveUpTo(target - items.size());
			items.addAll(moved.items());
			if (moved.queueDepth() > 0 && target < this.backlogBatchSize) {
				target = this.backlogBatchSize;
				continue;
			}
			long left = deadline - System.nanoTime();
			if (items.size() >= target || left < Duration.ofMillis(1).toNanos()) {
				break;
			}
			String next = this.queue.moveOne(Duration.ofNanos(left));
			if (next == null) {
				break;
			}
			items.add(next);
		}
		return items;
	}

}
