package io.cryptoviz.scraper.cycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.Sleeper;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.base.SourceProfile;
import io.cryptoviz.scraper.base.SourceStatus;
import io.cryptoviz.scraper.publish.QuotePublisher;
import io.cryptoviz.scraper.publish.TestPublishers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CycleSchedulerTest {

	private final QuotePublisher publisher = TestPublishers.sharedRedis();

	private CycleScheduler scheduler;

	@AfterEach
	void stop() {
		if (this.scheduler != null) {
			this.scheduler.stop();
		}
		this.publisher.close();
	}

	/** A source whose fetch takes a fixed time and records how many run at once. */
	private static final class TimedSource implements QuoteSource {

		private final String name;

		private final Duration takes;

		private final AtomicInteger running = new AtomicInteger();

		private final AtomicInteger maxRunning = new AtomicInteger();

		private final AtomicInteger finished = new AtomicInteger();

		private final SourceStatus status;

		TimedSource(String name, Duration takes) {
			this.name = name;
			this.takes = takes;
			this.status = new SourceStatus(name, Instant.now(), null);
		}

		@Override
		public SourceProfile profile() {
			return new SourceProfile(this.name, this.status, this.name, "NONE");
		}

		@Override
		public SourceBatch fetch() throws InterruptedException {
			this.maxRunning.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			try {
				Thread.sleep(this.takes);
			}
			finally {
				this.running.decrementAndGet();
			}
			this.finished.incrementAndGet();
			return SourceBatch.empty();
		}

	}

	private CycleScheduler schedule(Duration interval, TimedSource... sources) {
		// The first Redis connection can take seconds on a loaded machine; with a fixed
		// delay nothing catches up afterwards, so connect before the clock starts.
		this.publisher.queueDepth();
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		this.scheduler = new CycleScheduler(List.of(sources)
			.stream()
			.map((s) -> new SourceCycle(s, this.publisher, Clock.systemUTC(), meters))
			.toList(), List.of(sources).stream().map(TimedSource::name).toList(), interval, Sleeper.REAL);
		this.scheduler.start();
		return this.scheduler;
	}

	@Test
	void a_cycle_longer_than_the_interval_never_overlaps_the_next() {
		TimedSource slow = new TimedSource("slow", Duration.ofMillis(120));

		schedule(Duration.ofMillis(20), slow);

		await().atMost(Duration.ofSeconds(5)).until(() -> slow.finished.get() >= 5);
		assertThat(slow.maxRunning.get()).isEqualTo(1);
	}

	@Test
	void a_slow_source_does_not_delay_the_other() {
		TimedSource slow = new TimedSource("slow", Duration.ofSeconds(3));
		TimedSource fast = new TimedSource("fast", Duration.ofMillis(5));

		schedule(Duration.ofMillis(50), slow, fast);

		await().atMost(Duration.ofSeconds(2)).until(() -> fast.finished.get() >= 10);
		assertThat(slow.finished.get()).isZero();
	}

	@Test
	void the_first_cycle_runs_at_startup() {
		TimedSource source = new TimedSource("once", Duration.ZERO);

		schedule(Duration.ofHours(1), source);

		await().atMost(Duration.ofSeconds(2)).until(() -> source.finished.get() == 1);
		assertThat(source.finished.get()).isEqualTo(1);
	}

}
