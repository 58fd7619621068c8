package io.cryptoviz.consumer.ingest;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers one batch: waits for a first quote, then takes more until the batch is full or
 * the flush interval since that first quote has passed. Quotes are decoded as they
 * arrive.
 * <p>
 * While the queue is deeper than a batch, batches grow towards {@code backlogBatchSize}:
 * each flush opens, checkpoints and closes the DuckDB file, which costs tens of
 * milliseconds however few rows it writes, so a backlog drains in fewer, larger flushes.
 * They grow {@value #RAMP} times per batch rather than jumping, so the writer gets a
 * first small batch at once instead of idling while a large one is moved and decoded. A
 * batch that has reached {@code batchSize} and emptied the queue is flushed at once;
 * waiting out the flush interval would only delay it.
 * <p>
 * A backlog is claimed whole (see {@link QuoteQueue#claimBacklog}) and then read batch by
 * batch from the processing list. New quotes are taken only once every claimed one has
 * been handed over, so the oldest stay at the right. At startup, and after any failure in
 * the middle of a collection (when quotes may have moved without this side hearing of
 * it), the collector first waits until the writer has acknowledged everything handed
 * over, then counts whatever the processing list holds as claimed: those quotes were
 * taken but never stored, and storing them again is harmless. Intervals use
 * {@link System#nanoTime()} because they must not jump with the wall clock.
 */
final class BatchCollector {

	static final int RAMP = 4;

	private static final Logger log = LoggerFactory.getLogger(BatchCollector.class);

	private final QuoteQueue queue;

	private final BatchDecoder decoder;

	private final WriterIdle writerIdle;

	private final int batchSize;

	private final int backlogBatchSize;

	private final Duration flushInterval;

	private int previousSize;

	private long claimed;

	private boolean resync = true;

	private boolean started;

	BatchCollector(QuoteQueue queue, BatchDecoder decoder, WriterIdle writerIdle, int batchSize, int backlogBatchSize,
			Duration flushInterval) {
		this.queue = queue;
		this.decoder = decoder;
		this.writerIdle = writerIdle;
		this.batchSize = batchSize;
		this.backlogBatchSize = backlogBatchSize;
		this.flushInterval = flushInterval;
	}

	/**
	 * Hands over the next claimed batch if any; otherwise claims a backlog or waits up to
	 * one flush interval for a first quote, then gathers the batch.
	 * @return the quotes now in the processing list to store next, oldest first; empty if
	 * none came
	 * @throws InterruptedException if interrupted while waiting for the writer
	 */
	Batch collect() throws InterruptedException {
		try {
			if (this.resync) {
				resynchronize();
			}
			if (this.claimed == 0) {
				this.claimed = this.queue.claimBacklog(this.batchSize + 1);
			}
			return (this.claimed > 0) ? takeClaimed() : gather();
		}
		catch (RuntimeException ex) {
			this.resync = true;
			throw ex;
		}
	}

	private void resynchronize() throws InterruptedException {
		this.writerIdle.await();
		this.claimed = this.queue.processingDepth();
		this.previousSize = 0;
		this.resync = false;
		if (this.claimed > 0) {
			log.info("Recovering {} quotes {} left in {}", this.claimed,
					this.started ? "a failed move" : "an earlier run", this.queue.processingKey());
		}
		this.started = true;
	}

	private Batch takeClaimed() {
		int size = (int) Math.min(this.claimed, backlogTarget());
		BatchDecoder.Decoding batch = this.decoder.start();
		int read = this.queue.readClaimed(this.claimed, size, batch);
		// A shorter read means the list changed under us (Redis lost it, say): start
		// over.
		this.claimed = (read == size) ? this.claimed - size : 0;
		this.previousSize = read;
		return batch.batch();
	}

	private Batch gather() {
		BatchDecoder.Decoding batch = this.decoder.start();
		String first = this.queue.moveOne(this.flushInterval);
		if (first == null) {
			this.previousSize = 0;
			return batch.batch();
		}
		long deadline = System.nanoTime() + this.flushInterval.toNanos();
		batch.add(first);
		int target = this.batchSize;
		while (batch.size() < target) {
			QuoteQueue.Moved moved = this.queue.moveUpTo(target - batch.size(), batch);
			if (moved.queueDepth() > 0) {
				target = Math.max(target, backlogTarget());
				continue;
			}
			long left = deadline - System.nanoTime();
			if (batch.size() >= this.batchSize || left < Duration.ofMillis(1).toNanos()) {
				break;
			}
			String next = this.queue.moveOne(Duration.ofNanos(left));
			if (next == null) {
				break;
			}
			batch.add(next);
		}
		this.previousSize = batch.size();
		return batch.batch();
	}

	private int backlogTarget() {
		long grown = Math.max((long) this.batchSize, (long) this.previousSize * RAMP);
		return (int) Math.min(this.backlogBatchSize, grown);
	}

	/** Blocks until the writer has acknowledged every batch handed to it. */
	@FunctionalInterface
	interface WriterIdle {

		void await() throws InterruptedException;

	}

}
