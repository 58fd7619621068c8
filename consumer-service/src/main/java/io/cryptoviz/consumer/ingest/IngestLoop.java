package io.cryptoviz.consumer.ingest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.cryptoviz.consumer.base.ConsumerProperties;
import io.cryptoviz.store.write.QuoteStore;
import io.cryptoviz.store.write.StoreResult;
import io.lettuce.core.RedisClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the consumer: one thread moves and decodes batches from Redis while another writes
 * the previous batch to DuckDB, so the two costs overlap.
 * <p>
 * At most two batches are in flight, both in the processing list, and the writer
 * acknowledges them in the order they were taken, which keeps the "oldest at the right"
 * rule of {@link QuoteQueue}. Before taking anything new the fetcher hands over whatever
 * an earlier run left in the processing list. On stop the fetcher takes no more quotes
 * and the writer finishes what it has; a batch it cannot finish in time stays in the
 * processing list for the next start.
 * <p>
 * Over 200 lines because the two threads, their hand-over and the stop order are one
 * protocol; split, each half would hide the other's invariants.
 */
final class IngestLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IngestLoop.class);

	private static final Batch END = new Batch(0, List.of(), List.of(), null);

	private final Supplier<RedisClient> redis;

	private final ConsumerProperties properties;

	private final QuoteStore store;

	private final BatchDecoder decoder;

	private final FlushReporter reporter;

	private final Duration stopTimeout;

	private final BlockingQueue<Batch> handoff = new ArrayBlockingQueue<>(1);

	private final AtomicLong unacknowledged = new AtomicLong();

	private final String acknowledgementIds = UUID.randomUUID().toString();

	private volatile boolean running;

	private volatile @Nullable QuoteQueue queue;

	private @Nullable Thread fetcher;

	private @Nullable Thread writer;

	private final Persistently persistently;

	private volatile @Nullable RedisClient client;

	private long acknowledgements;

	/**
	 * @param redis makes a client for this loop alone: the loop changes its options and
	 * shuts it down on stop
	 */
	IngestLoop(Supplier<RedisClient> redis, ConsumerProperties properties, QuoteStore store, BatchDecoder decoder,
			FlushReporter reporter, Persistently persistently, Duration stopTimeout) {
		this.redis = redis;
		this.persistently = persistently;
		this.properties = properties;
		this.store = store;
		this.decoder = decoder;
		this.reporter = reporter;
		this.stopTimeout = stopTimeout;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.fetcher = Thread.ofPlatform().name("ingest-fetch").start(this::fetch);
		this.writer = Thread.ofPlatform().name("ingest-write").start(this::write);
	}

	@Override
	public void stop(Runnable callback) {
		this.running = false;
		Thread.ofPlatform().name("ingest-stop").start(() -> {
			awaitThreads();
			callback.run();
		});
	}

	@Override
	public void stop() {
		this.running = false;
		awaitThreads();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void fetch() {
		try {
			QuoteQueue quotes = this.persistently.run("connect to Redis", this::connect);
			this.queue = quotes;
			BatchCollector collector = new BatchCollector(quotes, this.decoder, this::awaitWriterIdle,
					this.properties.batchSize(), this.properties.effectiveBacklogBatchSize(),
					this.properties.flushInterval());
			while (this.running) {
				Batch batch = this.persistently.run("take quotes from Redis", collector::collect);
				if (batch.size() > 0) {
					this.unacknowledged.addAndGet(batch.size());
					this.handoff.put(batch);
				}
			}
			this.handoff.put(END);
		}
		catch (InterruptedException ex) {
			this.handoff.offer(END);
		}
	}

	private void write() {
		try {
			List<Integer> applied = this.persistently.run("open and migrate the DuckDB file", this.store::initialize);
			log.info("DuckDB file ready: {} rows{}", this.store.rowCount(),
					applied.isEmpty() ? "" : ", applied migrations " + applied);
			for (Batch batch = this.handoff.take(); batch != END; batch = this.handoff.take()) {
				flush(batch);
			}
		}
		catch (InterruptedException ex) {
			log.warn("Stopped before the current batch was stored; it stays in {} for the next start",
					this.properties.processingKey());
		}
	}

	private void flush(Batch batch) throws InterruptedException {
		long start = System.nanoTime();
		StoreResult result = this.persistently.run("write to DuckDB", () -> this.store.store(batch.quotes()));
		QuoteQueue quotes = this.queue;
		String id = this.acknowledgementIds + ":" + (++this.acknowledgements);
		QuoteQueue.Depths depths = this.persistently.run("acknowledge in Redis",
				() -> quotes.acknowledge(batch.size(), batch.deadLetters(), id));
		this.unacknowledged.addAndGet(-batch.size());
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		this.reporter.report(batch, result, took, depths.queue(), depths.taken(), this.store.rowCount());
	}

	private void awaitWriterIdle() throws InterruptedException {
		while (this.unacknowledged.get() > 0) {
			Thread.sleep(10);
		}
	}

	private QuoteQueue connect() {
		RedisClient client = this.redis.get();
		this.client = client;
		ConsumerProperties.Keys keys = this.properties.keys();
		return new QuoteQueue(client, keys.queue(), this.properties.processingKey(),
				this.properties.acknowledgementKey(), keys.deadLetter());
	}

	private void awaitThreads() {
		long deadline = System.nanoTime() + this.stopTimeout.toNanos();
		for (Thread thread : new Thread[] { this.fetcher, this.writer }) {
			if (thread == null) {
				continue;
			}
			try {
				thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
				if (thread.isAlive()) {
					thread.interrupt();
					thread.join(Duration.ofSeconds(2));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		QuoteQueue quotes = this.queue;
		if (quotes != null) {
			quotes.close();
		}
		if (this.client != null) {
			this.client.shutdown(Duration.ZERO, Duration.ofSeconds(5));
		}
	}

}
