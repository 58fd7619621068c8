package io.cryptoviz.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.cryptoviz.model.RedisKeys;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo stack as a user runs it: {@code ./cryptoviz up --demo}, data flowing from the
 * simulator through scraper, Redis and consumer into DuckDB and onto the pages, then
 * {@code ./cryptoviz down}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoStackEndToEndTest {

	/**
	 * The promise to a user: everything healthy with history on the pages in 90
	 * s.
	 */
	private static final Duration READY_WITHIN = Duration.ofSeconds(90);

	private static final int MIN_ASSETS = 12;

	@TempDir
	static Path state;

	private DemoStack stack;

	private long startedAt;

	private DemoStack.Result up;

	@BeforeAll
	void start_the_demo_stack() throws Exception {
		this.stack = new DemoStack(state);
		this.startedAt = System.nanoTime();
		this.up = this.stack.run(Duration.ofMinutes(4), "up", "--demo");
	}

	@AfterAll
	void stop_whatever_is_left() throws Exception {
		this.stack.run(Duration.ofMinutes(1), "down");
	}

	@Test
	@Order(1)
	void up_reports_every_service_healthy_and_prints_the_dashboard_url() {
		assertThat(this.up.exitCode()).as(this.up.output()).isZero();
		assertThat(this.up.output())
			.contains("market-simulator: healthy", "scraper-service: healthy", "consumer-service: healthy",
					"dashboard-service: healthy")
			.contains("dashboard: http://localhost:");
	}

	@Test
	@Order(2)
	void backfilled_history_from_every_source_reaches_duckdb_within_90_seconds() {
		Duration left = READY_WITHIN.minusNanos(System.nanoTime() - this.startedAt);
		assertThat(left).as("time left of the %d s budget once up --demo returned", READY_WITHIN.toSeconds())
			.isGreaterThan(Duration.ofSeconds(2));
		await().atMost(left).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			// CoinGecko history comes from the backfill (hundreds of points per
			// asset);
			// CoinMarketCap and CoinPaprika have no backfill, so their quotes only start
			// now.
			assertThat(StoreProbe.assetsWithHistory(this.stack.database(), 200)).containsKey("COINGECKO")
				.hasEntrySatisfying("COINGECKO", count -> assertThat(count).isGreaterThanOrEqualTo(MIN_ASSETS));
			assertThat(StoreProbe.assetsWithHistory(this.stack.database(), 1)).hasEntrySatisfying("COINMARKETCAP",
					count -> assertThat(count).isGreaterThanOrEqualTo(MIN_ASSETS));
			assertThat(StoreProbe.assetsWithHistory(this.stack.database(), 1)).hasEntrySatisfying("COINPAPRIKA",
					count -> assertThat(count).isGreaterThanOrEqualTo(MIN_ASSETS));
		});
	}

	@Test
	@Order(3)
	void the_scraper_fetched_from_every_simulated_provider_and_said_so_in_redis() throws Exception {
		String requests = get(this.stack.url("market-simulator") + "/admin/requests");
		assertThat(requests).contains("/api/v3/coins/markets", "/v1/cryptocurrency/listings/latest", "/market_chart",
				"/v1/tickers");
		RedisClient client = RedisClient.create(this.stack.redisUri());
		try (StatefulRedisConnection<String, String> redis = client.connect()) {
			assertThat(redis.sync().get(RedisKeys.DATA_MODE)).isEqualTo("simulated");
			assertThat(redis.sync().llen(RedisKeys.DEAD_LETTER)).as("dead-lettered quotes").isZero();
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(redis.sync().llen(RedisKeys.QUEUE)).as("queue depth").isZero());
		}
		finally {
			client.shutdown();
		}
	}

	@Test
	@Order(4)
	void dashboard_answers_on_its_port() throws Exception {
		assertThat(get(this.stack.url("dashboard-service") + "/actuator/health")).contains("\"status\":\"UP\"");
		assertThat(get(this.stack.url("dashboard-service") + "/")).contains("<html");
	}

	@Test
	@Order(20)
	void logs_prefix_every_line_with_its_service() throws Exception {
		String logs = this.stack.runFor(Duration.ofSeconds(3), "logs");
		assertThat(logs.lines().filter(line -> !line.isBlank())).allSatisfy(line -> assertThat(line)
			.matches("^\\[(redis|market-simulator|scraper-service|consumer-service|dashboard-service)\\] .*"));
		assertThat(logs).contains("[scraper-service] ", "[consumer-service] ", "[dashboard-service] ",
				"[market-simulator] ");
	}

	@Test
	@Order(30)
	void down_stops_every_process_it_started_and_leaves_none_behind() throws Exception {
		Map<String, Long> pids = this.stack.pids();
		assertThat(pids).containsOnlyKeys(DemoStack.PROCESSES);
		DemoStack.Result down = this.stack.run(Duration.ofMinutes(1), "down");
		assertThat(down.exitCode()).as(down.output()).isZero();
		assertThat(pids.values())
			.allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d", pid)
				.isEmpty());
		assertThat(this.stack.pids()).isEmpty();
	}

	private static String get(String url) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(url).isEqualTo(200);
			return response.body();
		}
	}

}
