package io.cryptoviz.scraper.backfill;

import io.cryptoviz.scraper.base.Sleeper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.scraper.fixtures.AdvancingSleeper;
import io.cryptoviz.scraper.fixtures.FixtureServer;
import io.cryptoviz.scraper.fixtures.FixtureServer.Recorded;
import io.cryptoviz.scraper.fixtures.FixtureServer.Reply;
import io.cryptoviz.scraper.fixtures.MutableClock;
import io.cryptoviz.scraper.fixtures.ScraperRun;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class BackfillIntegrationTest {

	private static final DedicatedRedis redis = RealRedis.dedicated();

	private static final List<String> CHARTED = List.of("bitcoin", "ethereum", "tether", "binancecoin");

	private final MutableClock clock = new MutableClock(Instant.parse("2024-01-27T10:00:00Z"));

	private final FixtureServer server = FixtureServer.start(this.clock);

	private ConfigurableApplicationContext context;

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	private void serveFixtures() {
		this.server.on("/api/v3/coins/markets", Reply.fixture("coingecko/markets.json"));
		for (String id : CHARTED) {
			String path = "/api/v3/coins/" + id + "/market_chart";
			this.server.on(path + "?vs_currency=usd&days=1", Reply.fixture("coingecko/chart-1d.json"));
			this.server.on(path + "?vs_currency=usd&days=3", Reply.fixture("coingecko/chart-3d.json"));
		}
		this.server.on("/api/v3/coins/brand-new-coin/market_chart",
				Reply.fixture(404, "coingecko/error-coin-not-found.json"));
	}

	private ConfigurableApplicationContext start() {
		return start(new AdvancingSleeper(this.clock));
	}

	private ConfigurableApplicationContext start(Sleeper sleeper) {
		return ScraperRun.start(this.clock, sleeper, "spring.data.redis.url=" + redis.endpoint().uri(),
				"cryptoviz.scraper.sources.coingecko.base-url=" + this.server.url() + "/api/v3",
				"cryptoviz.scraper.sources.coingecko.calls-per-minute=6", "cryptoviz.scraper.backfill.days=3");
	}

	@Test
	void history_is_published_once_paced_within_the_rate_limit_and_not_repeated_on_restart(CapturedOutput output) {
		ScraperRun.flush(redis.endpoint().uri());
		serveFixtures();
		this.context = start();

		await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().contains("backfill done"));
		await().atMost(Duration.ofSeconds(5)).until(() -> ScraperRun.queue(this.context).size() == 4 + 4 * 82);

		List<Instant> times = this.server.requests("/api/v3/").stream().map(Recorded::at).toList();
		assertThat(times).hasSize(1 + 4 * 2 + 1);
		for (int i = 1; i < times.size(); i++) {
			assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
		}
		List<Quote> bitcoin = ScraperRun.queue(this.context)
			.stream()
			.map(QuoteCodec::decode)
			.filter((q) -> q.assetId().equals("bitcoin"))
			.toList();
		// 71 hourly points before the 5-minute hour, 11 of its 12 points (one price is
		// null).
		assertThat(bitcoin).hasSize(1 + 82);
		assertThat(bitcoin).extracting(Quote::sourceTimestamp).doesNotHaveDuplicates();
		assertThat(bitcoin).filteredOn((q) -> q.sourceTimestamp().equals(Instant.parse("2024-01-27T09:00:00Z")))
			.singleElement()
			.satisfies((q) -> assertThat(q.priceUsd()).isEqualTo(60070.0))
			.satisfies((q) -> assertThat(q.marketCapUsd()).isEqualTo(60070.0 * 19_700_000))
			.satisfies((q) -> assertThat(q.name()).isEqualTo("Bitcoin"))
			.satisfies((q) -> assertThat(q.symbol()).isEqualTo("BTC"));
		assertThat(output.getOut()).contains("backfill 4/5 assets, 328 points", "backfill brand-new-coin skipped",
				"backfill done: 4 assets, 328 points, 1 skipped");
		StringRedisTemplate template = this.context.getBean(StringRedisTemplate.class);
		assertThat(template.opsForSet().members(RedisKeys.BACKFILL_DONE)).containsExactlyInAnyOrderElementsOf(CHARTED);

		this.context.close();
		int before = this.server.requests().size();
		this.context = start();

		await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().contains("backfill done: 0 assets"));
		assertThat(this.server.requests().subList(before, this.server.requests().size())).extracting(Recorded::path)
			.filteredOn((path) -> path.contains("market_chart"))
			.containsOnly("/api/v3/coins/brand-new-coin/market_chart");
	}

	@Test
	void an_asset_is_recorded_done_only_once_redis_has_taken_its_history(CapturedOutput output) {
		ScraperRun.flush(redis.endpoint().uri());
		serveFixtures();
		RedisClient client = RedisClient.create(redis.endpoint().uri());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> commands = connection.sync();
			// A string where the queue list should be: every push fails, other writes
			// work.
			commands.set(RedisKeys.QUEUE, "in the way");
			AdvancingSleeper advancing = new AdvancingSleeper(this.clock);
			this.context = start((duration) -> {
				advancing.sleep(duration);
				Thread.sleep(5);
			});

			await().atMost(Duration.ofSeconds(20))
				.until(() -> output.getOut().contains("backfill waits for Redis to take bitcoin's history"));
			assertThat(commands.smembers(RedisKeys.BACKFILL_DONE)).isEmpty();

			commands.del(RedisKeys.QUEUE);

			await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().contains("backfill done: 4 assets"));
			assertThat(commands.smembers(RedisKeys.BACKFILL_DONE)).containsExactlyInAnyOrderElementsOf(CHARTED);
			assertThat(ScraperRun.queue(this.context)
				.stream()
				.map(QuoteCodec::decode)
				.filter((q) -> q.assetId().equals("bitcoin"))
				.map(Quote::sourceTimestamp)
				.distinct()).hasSizeGreaterThanOrEqualTo(82);
		}
		finally {
			client.shutdown();
		}
	}

}
