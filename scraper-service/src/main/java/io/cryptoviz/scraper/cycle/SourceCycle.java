package io.cryptoviz.scraper.cycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cryptoviz.scraper.base.FailureKind;
import io.cryptoviz.model.Quote;
import io.cryptoviz.scraper.base.FetchException;
import io.cryptoviz.scraper.base.Names;
import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.Rejection;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.base.SourceStatus;
import io.cryptoviz.scraper.publish.QuotePublisher;

/**
 * One cycle of one source: fetch, publish, record, and write one log line (INFO on
 * success, WARN on an expected failure, ERROR when the key is refused and the source is
 * switched off), plus one INFO line naming the rejected entries with their reasons when
 * there are any. A quote whose provider timestamp equals the one last published for that
 * asset is not published again (the provider has not refreshed it); the cycle line counts
 * it as unchanged. Never throws, because a scheduled task that throws is never run again.
 */
final class SourceCycle implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(SourceCycle.class);

	private final QuoteSource source;

	private final QuotePublisher publisher;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Timer duration;

	/** Asset id to the provider timestamp of its last published quote. */
	private final Map<String, Instant> published = new HashMap<>();

	SourceCycle(QuoteSource source, QuotePublisher publisher, Clock clock, MeterRegistry meters) {
		this.source = source;
		this.publisher = publisher;
		this.clock = clock;
		this.meters = meters;
		this.duration = Timer.builder("cryptoviz.scraper.cycle.duration")
			.description("Time of one source cycle, retries included")
			.tag("source", source.name())
			.register(meters);
	}

	void awaitReady() throws InterruptedException {
		if (this.source.status().enabled()) {
			this.source.awaitReady();
		}
	}

	@Override
	public void run() {
		SourceStatus status = this.source.status();
		if (!status.enabled()) {
			return;
		}
		Instant start = this.clock.instant();
		try {
			SourceBatch batch = this.source.fetch();
			List<Quote> fresh = batch.quotes().stream().filter(this::changed).toList();
			this.publisher.publish(fresh);
			fresh.forEach((quote) -> this.published.put(quote.assetId(), quote.sourceTimestamp()));
			status.succeeded(this.clock.instant());
			// Unchanged quotes are neither fetched nor published as far as the books go.
			count("cryptoviz.scraper.quotes.fetched", fresh.size() + batch.rejected());
			count("cryptoviz.scraper.quotes.rejected", batch.rejected());
			count("cryptoviz.scraper.quotes.unmatched", batch.unmatched());
			log.info("{} cycle: {} quotes, {} rejected, {} unmatched, {} ms, {} unchanged, queue depth {}, outbox {}",
					this.source.name(), fresh.size(), batch.rejected(), batch.unmatched(), elapsed(start),
					batch.quotes().size() - fresh.size(), depth(), this.publisher.outboxSize());
			if (batch.rejected() > 0) {
				log.info("{} rejected {}: {}", this.source.name(), batch.rejected(),
						Names.capped(batch.rejections().stream().map(Rejection::named).toList(), Names.FEW));
			}
		}
		catch (FetchException ex) {
			status.failed(ex.getMessage());
			if (ex.kind() == FailureKind.AUTH) {
				status.disable("the provider refused the key: " + ex.getMessage());
				log.error("{} disabled: the provider refused the API key ({}); set {} to a valid key and restart",
						this.source.name(), ex.getMessage(), this.source.keyHint());
			}
			else {
				log.warn("{} cycle failed after {} attempt(s), {} ms: {} [{}]; queue depth {}, outbox {}",
						this.source.name(), ex.attempts(), elapsed(start), ex.getMessage(), ex.kind().tag(), depth(),
						this.publisher.outboxSize());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			status.failed(ex.toString());
			log.warn("{} cycle failed unexpectedly after {} ms: {}", this.source.name(), elapsed(start), ex.toString());
		}
		finally {
			this.duration.record(Duration.between(start, this.clock.instant()));
		}
	}

	private boolean changed(Quote quote) {
		return !quote.sourceTimestamp().equals(this.published.get(quote.assetId()));
	}

	private void count(String name, int amount) {
		this.meters.counter(name, "source", this.source.name()).increment(amount);
	}

	private long elapsed(Instant start) {
		return Duration.between(start, this.clock.instant()).toMillis();
	}

	private String depth() {
		long depth = this.publisher.queueDepth();
		return (depth < 0) ? "? (redis unreachable)" : Long.toString(depth);
	}

}
