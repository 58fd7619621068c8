package io.cryptoviz.scraper.cycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.base.RateLimiter;
import io.cryptoviz.scraper.base.ResilientHttp;
import io.cryptoviz.scraper.base.ScraperProperties;
import io.cryptoviz.scraper.base.Sleeper;
import io.cryptoviz.scraper.base.SourceBatch;
import io.cryptoviz.scraper.base.SourceProfile;
import io.cryptoviz.scraper.base.SourceStatus;
import io.cryptoviz.scraper.fixtures.FixtureServer;
import io.cryptoviz.scraper.fixtures.FixtureServer.Reply;
import io.cryptoviz.scraper.fixtures.MutableClock;
import io.cryptoviz.scraper.fixtures.Quotes;
import io.cryptoviz.scraper.publish.QuotePublisher;
import io.cryptoviz.scraper.publish.TestPublishers;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduler on a virtual clock: every wait (Retry-After, rate limiter, the interval
 * between cycles) moves the clock instead of sleeping, so a 2-minute stall takes
 * milliseconds and the provider's request log shows what real time would have seen.
 */
@ExtendWith(OutputCaptureExtension.class)
class FixedDelayTest {

	private static final Instant T0 = Instant.parse("2024-01-27T10:00:00Z");

	private static final Duration INTERVAL = Duration.ofSeconds(10);

	private static final DedicatedRedis redis = RealRedis.dedicated();

	private final MutableClock clock = new MutableClock(T0);

	private final FixtureServer server = FixtureServer.start(this.clock);

	private final VirtualTime time = new VirtualTime(this.clock, 4);

	private final QuotePublisher publisher = TestPublishers.on(redis.endpoint().host(), redis.endpoint().port());

	private CycleScheduler scheduler;

	@AfterEach
	void stop() {
		if (this.scheduler != null) {
			this.scheduler.stop();
		}
		this.publisher.close();
		this.server.close();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	/**
	 * Moves the clock by every wait; the {@code cycles}-th wait of one interval blocks
	 * until the scheduler stops, so the run ends after that many cycles.
	 */
	private static final class VirtualTime implements Sleeper {

		private final MutableClock clock;

		private final AtomicInteger intervals = new AtomicInteger();

		private final CountDownLatch done = new CountDownLatch(1);

		private final int cycles;

		VirtualTime(MutableClock clock, int cycles) {
			this.clock = clock;
			this.cycles = cycles;
		}

		@Override
		public void sleep(Duration duration) throws InterruptedException {
			if (duration.equals(INTERVAL) && this.intervals.incrementAndGet() >= this.cycles) {
				this.done.countDown();
				Thread.sleep(Long.MAX_VALUE);
			}
			this.clock.advance(duration);
		}

	}

	/** Reads the fake CoinGecko and returns the same three quotes each time. */
	private static final class MarketsSource implements QuoteSource {

		private final ResilientHttp http;

		private final SourceProfile profile;

		MarketsSource(ResilientHttp http, SourceProfile profile) {
			this.http = http;
			this.profile = profile;
		}

		@Override
		public SourceProfile profile() {
			return this.profile;
		}

		@Override
		public SourceBatch fetch() throws InterruptedException {
			this.http.get("/coins/markets?vs_currency=usd");
			List<Quote> quotes = Quotes.numbered(1, 3);
			return new SourceBatch(quotes, List.of(), 0);
		}

	}

	private void run() throws InterruptedException {
		ScraperProperties.SourceSettings settings = new ScraperProperties.SourceSettings(this.server.url(),
				Duration.ofSeconds(2), Duration.ofSeconds(5), true, 600);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ResilientHttp http = new ResilientHttp("coingecko", this.server.url(), settings, (headers) -> {
		}, new RateLimiter(600, this.clock, this.time), this.clock, this.time, meters);
		SourceStatus status = new SourceStatus("coingecko", T0, null);
		MarketsSource source = new MarketsSource(http,
				new SourceProfile("coingecko", status, "coingecko: fake", "COINGECKO_API_KEY"));
		this.scheduler = new CycleScheduler(List.of(new SourceCycle(source, this.publisher, this.clock, meters)),
				List.of("coingecko"), INTERVAL, this.time);
		this.scheduler.start();
		assertThat(this.time.done.await(20, TimeUnit.SECONDS)).as("the run reached its last cycle").isTrue();
	}

	private long queued() {
		io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(redis.endpoint().uri());
		try (var connection = client.connect()) {
			return connection.sync().llen(RedisKeys.QUEUE);
		}
		finally {
			client.shutdown();
		}
	}

	@Test
	void a_two_minute_stall_is_followed_by_exactly_one_call_and_the_next_cycle_one_interval_later(CapturedOutput output)
			throws Exception {
		this.server.on("/coins/markets",
				Reply.fixture(429, "/replay/coingecko/error-429-rate-limit.json").header("Retry-After", "119"),
				Reply.fixture("/replay/coingecko/markets-250-for-per-page-20.json"));

		run();

		List<Instant> calls = this.server.requests("/coins/markets").stream().map(FixtureServer.Recorded::at).toList();
		Instant cleared = T0.plusSeconds(119);
		assertThat(calls.getFirst()).isEqualTo(T0);
		assertThat(calls.get(1)).isEqualTo(cleared);
		assertThat(calls).filteredOn((at) -> !at.isBefore(cleared) && at.isBefore(cleared.plus(INTERVAL)))
			.as("calls in the interval after the stall")
			.hasSize(1);
		assertThat(calls.get(2)).isAfterOrEqualTo(cleared.plus(INTERVAL))
			.isBefore(cleared.plus(INTERVAL).plusSeconds(1));
		assertThat(calls).as("two calls in the stalled cycle, then one per cycle").hasSize(5);
		await().atMost(Duration.ofSeconds(5)).until(() -> queued() == 3);
		assertThat(output.getOut().lines().filter((line) -> line.contains("coingecko cycle:")))
			.as("the first cycle publishes, the next ones see the same provider timestamps")
			.hasSize(4)
			.first()
			.asString()
			.contains("3 quotes", "0 unchanged");
		assertThat(output.getOut().lines().filter((line) -> line.contains("coingecko cycle:")).skip(1))
			.allSatisfy((line) -> assertThat(line).contains(": 0 quotes", "3 unchanged"));
		assertThat(queued()).isEqualTo(3);
	}

}
