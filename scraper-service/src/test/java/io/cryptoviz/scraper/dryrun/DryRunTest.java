package io.cryptoviz.scraper.dryrun;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.scraper.fixtures.AdvancingSleeper;
import io.cryptoviz.scraper.fixtures.MutableClock;
import io.cryptoviz.scraper.fixtures.ScraperRun;
import io.cryptoviz.simulator.MarketSimulatorApplication;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./cryptoviz scrape --once} against the market simulator over real HTTP: the
 * scraper application in the dry-run profile, as the script starts it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DryRunTest {

	private final ConfigurableApplicationContext simulator = MarketSimulatorApplication.start("--server.port=0",
			"--spring.main.banner-mode=off");

	private final String simulatorUrl = "http://127.0.0.1:"
			+ this.simulator.getEnvironment().getProperty("local.server.port");

	private final MutableClock clock = new MutableClock(Instant.now());

	private final List<AutoCloseable> closeAfter = new ArrayList<>();

	@AfterEach
	void stop() throws Exception {
		for (AutoCloseable closeable : this.closeAfter.reversed()) {
			closeable.close();
		}
		this.simulator.close();
	}

	@Test
	void every_enabled_source_is_fetched_once_and_printed_and_nothing_reaches_the_queue(CapturedOutput output)
			throws Exception {
		DedicatedRedis redis = RealRedis.dedicated();
		this.closeAfter.add(redis);

		int exit = dryRun("spring.data.redis.url=" + redis.endpoint().uri());

		assertThat(exit).isZero();
		assertThat(output.getOut()).containsPattern("SOURCE +ID +SYMBOL +NAME +PRICE_USD")
			.containsPattern("(?m)^COINGECKO +bitcoin +BTC +Bitcoin +\\d+\\.\\d\\d ")
			.containsPattern("(?m)^COINMARKETCAP +bitcoin +BTC ")
			.containsPattern("(?m)^COINPAPRIKA +bitcoin +BTC ")
			.containsPattern("coingecko: 20 quotes, \\d+ rejected, \\d+ unmatched in \\d+ ms")
			.containsPattern("coinmarketcap: \\d+ quotes")
			.containsPattern("coinpaprika: \\d+ quotes")
			.containsPattern("dry run: \\d+ quotes, nothing published");
		assertThat(marketsCalls()).as("one CoinGecko markets call, no backfill, no schedule").isEqualTo(1L);
		try (RedisClient client = RedisClient.create(redis.endpoint().uri());
				StatefulRedisConnection<String, String> connection = client.connect()) {
			assertThat(connection.sync().exists(RedisKeys.QUEUE, RedisKeys.DATA_MODE)).isZero();
		}
	}

	@Test
	void it_needs_no_redis(CapturedOutput output) throws Exception {
		int exit = dryRun("spring.data.redis.url=redis://127.0.0.1:" + closedPort());

		assertThat(exit).isZero();
		assertThat(output.getOut()).containsPattern("(?m)^COINGECKO +ethereum +ETH ");
	}

	@Test
	void a_source_named_on_the_command_line_is_the_only_one_printed_and_coingecko_still_names_the_assets(
			CapturedOutput output) throws Exception {
		int exit = dryRun("source=coinpaprika");

		assertThat(exit).isZero();
		assertThat(output.getOut()).containsPattern("(?m)^COINPAPRIKA +bitcoin ")
			.doesNotContainPattern("(?m)^COINGECKO ")
			.doesNotContainPattern("(?m)^COINMARKETCAP ")
			.contains("coingecko: fetched first for the tracked ids (20 assets), not shown");
	}

	@Test
	void an_unknown_source_name_is_refused_with_the_real_names(CapturedOutput output) throws Exception {
		int exit = dryRun("source=binance");

		assertThat(exit).isEqualTo(2);
		assertThat(output.getOut())
			.contains("scrape: no source named binance; the sources are coingecko, coinmarketcap, coinpaprika");
		assertThat(marketsCalls()).isZero();
	}

	@Test
	void a_source_that_fails_is_named_with_its_reason_and_the_command_fails(CapturedOutput output) throws Exception {
		post("/admin/faults", "{\"source\":\"coinpaprika\",\"fault\":\"HTML_ERROR\"}");

		int exit = dryRun();

		assertThat(exit).isEqualTo(1);
		assertThat(output.getOut()).contains("coinpaprika: failed: ")
			.containsPattern("(?m)^COINGECKO +bitcoin ")
			.containsPattern("dry run: \\d+ quotes, nothing published");
	}

	private int dryRun(String... extra) {
		String[] properties = Stream
			.concat(Stream.of("spring.profiles.active=dry-run", "cryptoviz.scraper.mode=simulated",
					"cryptoviz.scraper.sources.coingecko.base-url=" + this.simulatorUrl + "/api/v3",
					"cryptoviz.scraper.sources.coinmarketcap.base-url=" + this.simulatorUrl,
					"cryptoviz.scraper.sources.coinpaprika.enabled=true",
					"cryptoviz.scraper.sources.coinpaprika.base-url=" + this.simulatorUrl + "/v1",
					"COINMARKETCAP_API_KEY=simulator-key", "cryptoviz.scraper.backfill.days=3"), Stream.of(extra))
			.toArray(String[]::new);
		ConfigurableApplicationContext scraper = ScraperRun.start(this.clock, new AdvancingSleeper(this.clock),
				properties);
		this.closeAfter.add(scraper);
		return scraper.getBean(DryRun.class).getExitCode();
	}

	/** CoinGecko markets calls the simulator received, from its request log. */
	private long marketsCalls() throws Exception {
		JsonNode byEndpoint = JsonMapper.builder().build().readTree(get("/admin/requests")).path("byEndpoint");
		return byEndpoint.properties()
			.stream()
			.filter((entry) -> entry.getKey().contains("/coins/markets"))
			.mapToLong((entry) -> entry.getValue().asLong())
			.sum();
	}

	private String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.simulatorUrl + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private void post(String path, String json) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.simulatorUrl + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
