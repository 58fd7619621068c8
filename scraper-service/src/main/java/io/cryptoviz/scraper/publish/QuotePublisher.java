package io.cryptoviz.scraper.publish;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.model.retry.Backoff;
import io.cryptoviz.scraper.base.ScraperProperties;

/**
 * Pushes quotes onto the Redis queue: one LPUSH with many values per chunk, never one
 * round trip per quote. Quotes go through a bounded outbox drained by one thread, so a
 * slow or absent Redis never blocks a source cycle; while Redis is away the outbox is
 * retried with exponential backoff, and the data mode is written again when it returns (a
 * restarted Redis may have lost it).
 * <p>
 * Just over 200 lines because the outbox's drain, retry and shutdown share one thread's
 * state; apart, each would need the other's flags.
 */
public final class QuotePublisher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(QuotePublisher.class);

	static final int CHUNK = 1000;

	private final StringRedisTemplate redis;

	private final Outbox outbox;

	private final String mode;

	private final ScraperProperties.Outbox settings;

	private final ScheduledExecutorService flusher = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("publish").daemon().factory());

	private final Counter published;

	private final Counter dropped;

	private volatile boolean modeWritten;

	private boolean failing;

	private final Backoff backoff;

	private int failures;

	private boolean retryScheduled;

	QuotePublisher(StringRedisTemplate redis, ScraperProperties.Mode mode, ScraperProperties.Outbox settings,
			MeterRegistry meters) {
		this.redis = redis;
		this.outbox = new Outbox(settings.capacity());
		this.mode = mode.redisValue();
		this.settings = settings;
		this.backoff = new Backoff(settings.retryMin(), settings.retryMax(), 0);
		this.published = meters.counter("cryptoviz.scraper.quotes.published");
		this.dropped = meters.counter("cryptoviz.scraper.quotes.dropped");
		meters.gauge("cryptoviz.scraper.outbox.size", this.outbox, Outbox::size);
	}

	/** Writes the data mode now (or as soon as Redis answers). */
	void start() {
		this.flusher.execute(this::drain);
	}

	/** Queues a batch for Redis; returns at once. */
	public void publish(List<Quote> quotes) {
		if (quotes.isEmpty()) {
			return;
		}
		int lost = this.outbox.addAll(quotes.stream().map(QuoteCodec::encode).toList());
		reportDropped(lost);
		this.flusher.execute(this::drain);
	}

	/**
	 * Pushes quotes to Redis now, on the calling thread, for a caller that must know they
	 * arrived: the backfill records an asset as done only once its history is in Redis.
	 * Nothing is kept for later; a repeated push after a failure part-way is harmless,
	 * because the consumer stores each quote once.
	 * @param quotes the quotes
	 * @throws org.springframework.dao.DataAccessException if Redis did not take them all
	 */
	public void publishNow(List<Quote> quotes) {
		List<String> messages = quotes.stream().map(QuoteCodec::encode).toList();
		for (int from = 0; from < messages.size(); from += CHUNK) {
			push(messages.subList(from, Math.min(messages.size(), from + CHUNK)));
		}
	}

	/** Quotes not yet in Redis. */
	public int outboxSize() {
		return this.outbox.size();
	}

	/** Length of the Redis queue, or -1 when Redis does not answer. */
	public long queueDepth() {
		try {
			Long size = this.redis.opsForList().size(RedisKeys.QUEUE);
			return (size != null) ? size : -1;
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private void drain() {
		while (!this.modeWritten || !this.outbox.isEmpty()) {
			List<String> chunk = List.of();
			try {
				if (!this.modeWritten) {
					this.redis.opsForValue().set(RedisKeys.DATA_MODE, this.mode);
					this.modeWritten = true;
				}
				chunk = this.outbox.take(CHUNK);
				if (!chunk.isEmpty()) {
					push(chunk);
					reportDropped(this.outbox.delivered());
				}
			}
			catch (RuntimeException ex) {
				reportDropped(this.outbox.putBack(chunk));
				this.modeWritten = false;
				scheduleRetry(ex);
				return;
			}
			if (this.failing) {
				log.info("redis is back: delivering the outbox ({} quotes left), data mode '{}' written again",
						this.outbox.size(), this.mode);
				this.failing = false;
			}
		}
		this.failures = 0;
	}

	private void push(List<String> chunk) {
		this.redis.opsForList().leftPushAll(RedisKeys.QUEUE, chunk);
		this.published.increment(chunk.size());
	}

	private void scheduleRetry(RuntimeException ex) {
		if (!this.failing) {
			String problem = rootMessage(ex);
			// NOAUTH (none sent) or WRONGPASS: Redis answers, but not to us.
			String what = (problem.contains("NOAUTH") || problem.contains("WRONGPASS"))
					? "refused the password (REDIS_PASSWORD in compose, else the one in REDIS_URL)" : "unreachable";
			log.warn("redis {} ({}): holding {} quotes in the outbox (capacity {}), retrying with backoff", what,
					problem, this.outbox.size(), this.settings.capacity());
			this.failing = true;
		}
		// The flusher thread must stay free for new batches, so the pause is scheduled
		// rather than slept: the common policy's pause, without the blocking loop.
		Duration wait = this.backoff.pause(++this.failures, ThreadLocalRandom.current());
		if (!this.retryScheduled) {
			this.retryScheduled = true;
			this.flusher.schedule(() -> {
				this.retryScheduled = false;
				drain();
			}, wait.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void reportDropped(int count) {
		if (count > 0) {
			this.dropped.increment(count);
			log.warn("outbox full (capacity {}): dropped the {} oldest quotes; Redis has been unreachable too long",
					this.settings.capacity(), count);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
	}

	/** Gives Redis a last chance, then says how many quotes could not be delivered. */
	@Override
	public void close() {
		this.flusher.execute(this::drain);
		this.flusher.shutdown();
		try {
			if (!this.flusher.awaitTermination(5, TimeUnit.SECONDS)) {
				this.flusher.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		int left = this.outbox.size();
		if (left > 0) {
			log.warn("shutdown: {} quotes in the outbox were not delivered to Redis", left);
		}
	}

}
