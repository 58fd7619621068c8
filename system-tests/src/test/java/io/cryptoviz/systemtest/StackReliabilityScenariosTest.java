package io.cryptoviz.systemtest;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cryptoviz.model.RedisKeys;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
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
 * Scenarios 2 to 6 on one demo stack started by {@code ./cryptoviz up --demo} with a 10 s
 * scraper interval, 3 s read timeouts and API keys set: upstream faults, a Redis outage,
 * bad input, store contention, and a scan for the keys. Ordered so that the secrets scan
 * reads the logs of everything before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackReliabilityScenariosTest {

	/** Distinct markers so a scan cannot mistake anything else for the keys. */
	static final String COINGECKO_KEY = "CG-reliabilityMarker7Qx2vLp9";

	static final String COINMARKETCAP_KEY = "simulator-key";

	@TempDir
	static Path state;

	private final Scale scale = Scale.current();

	private DemoStack stack;

	private RedisClient client;

	private StatefulRedisConnection<String, String> connection;

	@BeforeAll
	void start_the_stack() throws Exception {
		// COINGECKO_API_KEY goes in as a system property: `up --demo` blanks the
		// variable,
		// and Spring reads system properties before the environment.
		this.stack = new DemoStack(state).with("CRYPTOVIZ_SCRAPER_INTERVAL", "10s")
			.with("CRYPTOVIZ_SCRAPER_SOURCES_COINGECKO_READ_TIMEOUT", "3s")
			.with("CRYPTOVIZ_SCRAPER_SOURCES_COINMARKETCAP_READ_TIMEOUT", "3s")
			.with("CRYPTOVIZ_SCRAPER_BACKFILL_DAYS", "1")
			.with("CRYPTOVIZ_JAVA_OPTS", "-Xmx384m -DCOINGECKO_API_KEY=" + COINGECKO_KEY);
		DemoStack.Result up = this.stack.run(Duration.ofMinutes(4), "up", "--demo");
		assertThat(up.exitCode()).as(up.output()).isZero();
		this.client = RedisClient.create(this.stack.redisUri());
		this.connection = this.client.connect();
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> this.stack.log("scraper-service").contains("backfill done")
					&& ScraperLog.cycles(this.stack.log("scraper-service"), "coinmarketcap").size() >= 1);
	}

	@AfterAll
	void stop_the_stack() throws Exception {
		if (this.connection != null) {
			this.connection.close();
			this.client.shutdown();
		}
		this.stack.run(Duration.ofMinutes(1), "down");
	}

	RedisCommands<String, String> redis() {
		return this.connection.sync();
	}

	DemoStack stack() {
		return this.stack;
	}

	Scale scale() {
		return this.scale;
	}

	@Test
	@Order(1)
	void upstream_faults_store_no_bad_row_and_leave_the_other_source_alone() throws Exception {
		new UpstreamFaultsScenario(this).run();
	}

	@Test
	@Order(2)
	void a_redis_outage_loses_no_fetched_quote_and_crashes_no_service() throws Exception {
		new RedisOutageScenario(this).run();
	}

	@Test
	@Order(3)
	void malformed_input_never_gets_a_5xx_and_bad_messages_are_dead_lettered() throws Exception {
		new BadInputScenario(this).run();
	}

	@Test
	@Order(4)
	void concurrent_readers_while_the_consumer_writes_fail_nothing_and_lose_nothing() throws Exception {
		new StoreContentionScenario(this).run();
	}

	@Test
	@Order(5)
	void no_api_key_appears_in_any_log_or_actuator_endpoint() throws Exception {
		new SecretsScenario(this).run();
	}

	/** Every service process the script started is alive and its health is UP. */
	void assertAllAlive(String scenario) throws Exception {
		Map<String, Long> pids = this.stack.pids();
		List<String> problems = new ArrayList<>();
		for (String name : DemoStack.PROCESSES) {
			Long pid = pids.get(name);
			if (pid == null || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
				problems.add(name + " not running");
			}
			else if (!name.equals("redis")) {
				HttpResponse<String> health = Http.get(this.stack.url(name) + "/actuator/health");
				if (health.statusCode() != 200 || !health.body().contains("\"UP\"")) {
					problems.add(name + " health " + health.statusCode() + " " + health.body());
				}
			}
		}
		Findings.step(scenario, problems.isEmpty() ? "all 5 processes alive, 4 services UP" : problems.toString());
		assertThat(problems).as("processes and health").isEmpty();
	}

	long badRows() throws InterruptedException {
		return Store.count(this.stack.database(),
				"SELECT count(*) FROM crypto_prices WHERE NOT (price > 0) OR isnan(price) OR isinf(price)");
	}

	String redisKeyQueue() {
		return RedisKeys.QUEUE;
	}

}
