package io.cryptoviz.systemtest.docker;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a new user meets with Docker: a fresh copy of the repository, no {@code .env}, the
 * README's two compose commands. Live first (no network to the real providers here, so
 * the store stays empty until a quote is pushed by hand), then the demo, a consumer
 * crash, a restart and the clean-up. Prints one line of figures at the end. The live
 * stack runs without {@code REDIS_PASSWORD}, the demo with one, so both forms of
 * compose's Redis are checked at no extra cost.
 */
@Tag("docker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerComposeCheckTest {

	private static final List<String> LIVE = List.of("crypto_redis", "crypto_scraper", "crypto_consumer",
			"crypto_dashboard");

	private static final List<String> DEMO = List.of("crypto_redis", "crypto_market_simulator", "crypto_scraper",
			"crypto_consumer", "crypto_dashboard");

	private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(4);

	/** Pages auto-refresh this often in the check, so two refreshes take seconds. */
	private static final Duration AUTO_REFRESH = Duration.ofSeconds(5);

	private static final String CRASH_ASSET = "docker-check-coin";

	private static final int CRASH_QUOTES = 50_000;

	/** The demo's Redis password, as a user would set it in .env; new for each run. */
	private static final String REDIS_PASSWORD = "check-" + java.util.UUID.randomUUID().toString().replace("-", "");

	private final JsonMapper json = JsonMapper.builder().build();

	private final CheckFigures figures = new CheckFigures();

	private ComposeStack live;

	private ComposeStack demo;

	private String dashboard;

	@BeforeAll
	void build_the_images_from_a_fresh_copy() throws Exception {
		Path directory = Path.of(required("cryptoviz.docker.project"));
		assertThat(directory.resolve(".env")).as("the check runs on a copy without .env").doesNotExist();
		String compose = required("cryptoviz.docker.compose");
		String docker = required("cryptoviz.docker.client");
		int port = freePort();
		this.dashboard = "http://127.0.0.1:" + port;
		this.live = new ComposeStack(directory, compose, docker, "cryptoviz-check", List.of());
		this.demo = new ComposeStack(directory, compose, docker, "cryptoviz-check-demo",
				List.of("--env-file", ".env.demo", "--profile", "demo"));
		for (ComposeStack stack : List.of(this.live, this.demo)) {
			stack.with("DASHBOARD_PORT", String.valueOf(port))
				.with("CRYPTOVIZ_DASHBOARD_AUTO_REFRESH", AUTO_REFRESH.toSeconds() + "s")
				.with("CRYPTOVIZ_DASHBOARD_CACHE_TTL", "1s");
		}
		this.demo.with("REDIS_PASSWORD", REDIS_PASSWORD);
		String foreign = this.live.docker("ps", "-a", "--filter", "name=^crypto_", "--format", "{{.Names}}").strip();
		assertThat(foreign).as("containers named crypto_* already exist; stop that stack first").isEmpty();
		this.figures.baseImages(this.live,
				List.of("maven:3.9-eclipse-temurin-25", "eclipse-temurin:25-jre", "redis:7-alpine"));
		long started = System.nanoTime();
		this.live.compose(Duration.ofMinutes(40), "build");
		// The demo project's images too: "up" builds only missing images, so a demo image
		// left
		// by an earlier check would otherwise be run instead of this tree's.
		this.demo.compose(Duration.ofMinutes(20), "build");
		this.figures.seconds("build", started);
	}

	@AfterAll
	void leave_nothing_behind_and_report() throws Exception {
		for (ComposeStack stack : List.of(this.live, this.demo)) {
			try {
				stack.compose(Duration.ofMinutes(3), "down", "-v", "--remove-orphans");
			}
			catch (IllegalStateException ex) {
				System.err.println("docker check: clean-up of " + stack.project() + " failed: " + ex.getMessage());
			}
		}
		String line = "docker check: " + this.figures;
		System.out.println(line);
		Path summary = Path.of("target", "docker-check", "summary.txt");
		Files.createDirectories(summary.getParent());
		Files.writeString(summary, line + System.lineSeparator(), StandardCharsets.UTF_8);
	}

	@Test
	@Order(1)
	void live_up_on_an_empty_store_shows_waiting_through_two_auto_refreshes() throws Exception {
		this.figures.seconds("live healthy", up(this.live, LIVE));
		assertThat(assetPoints()).as("assets before any data").isEmpty();
		try (HeadlessChromium browser = new HeadlessChromium()) {
			browser.open(this.dashboard + "/");
			assertThat(browser.text()).contains("Waiting for").doesNotContain(HeadlessChromium.VAADIN_ERROR);
			Thread.sleep(AUTO_REFRESH.multipliedBy(2).plusSeconds(2).toMillis());
			assertThat(browser.text()).contains("Waiting for").doesNotContain(HeadlessChromium.VAADIN_ERROR);
			browser.screenshot("live-home-waiting");
		}
	}

	@Test
	@Order(2)
	void a_first_quote_landing_after_the_page_was_opened_shows_on_every_page() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		push(this.live, List
			.of(new Quote("bitcoin", "BTC", "Bitcoin", 97_000.5, 1.25, 1.9e12, 3.1e10, Source.COINGECKO, now, now)));
		await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(assetPoints()).containsKey("bitcoin"));
		try (HeadlessChromium browser = new HeadlessChromium()) {
			for (String page : List.of("/", "/dashboard", "/predictions")) {
				browser.open(this.dashboard + page);
				assertThat(browser.text()).as(page).doesNotContain(HeadlessChromium.VAADIN_ERROR);
			}
			browser.open(this.dashboard + "/");
			String home = browser.waitForText(AUTO_REFRESH.multipliedBy(4), text -> !text.contains("Waiting for"));
			assertThat(home).doesNotContain(HeadlessChromium.VAADIN_ERROR);
			browser.screenshot("live-home-first-quote");
		}
	}

	@Test
	@Order(3)
	void services_run_as_non_root_and_only_the_dashboard_is_published_on_loopback() throws Exception {
		for (String container : List.of("crypto_scraper", "crypto_consumer", "crypto_dashboard")) {
			assertThat(this.live.docker("exec", container, "id", "-u").strip()).as(container).isNotEqualTo("0");
		}
		assertRedisRunsAsNonRoot(this.live);
		assertThat(this.live.docker("port", "crypto_redis").strip()).as("Redis published ports").isEmpty();
		assertThat(this.live.docker("port", "crypto_dashboard").strip()).startsWith("8501/tcp -> 127.0.0.1:");
		this.live.compose(Duration.ofMinutes(3), "down", "-v");
	}

	@Test
	@Order(4)
	void demo_up_serves_at_least_12_assets_and_every_page_with_the_simulated_banner() throws Exception {
		long started = up(this.demo, DEMO);
		this.figures.seconds("demo healthy", started);
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(assetPoints()).hasSizeGreaterThanOrEqualTo(12));
		this.figures.seconds("demo 12 assets", started);
		try (HeadlessChromium browser = new HeadlessChromium()) {
			for (String page : List.of("/", "/dashboard", "/predictions")) {
				browser.open(this.dashboard + page);
				assertThat(browser.text()).as(page)
					.contains("SIMULATED DATA")
					.doesNotContain(HeadlessChromium.VAADIN_ERROR);
				browser.screenshot("demo" + (page.equals("/") ? "-home" : page.replace('/', '-')));
			}
		}
	}

	@Test
	@Order(5)
	void a_consumer_killed_mid_stream_is_restarted_by_docker_and_loses_nothing() throws Exception {
		List<Quote> quotes = crashQuotes();
		int restartsBefore = Integer.parseInt(this.demo.inspect("crypto_consumer", "{{.RestartCount}}"));
		push(this.demo, quotes.subList(0, CRASH_QUOTES / 2));
		// SIGKILL from outside, as the kernel's OOM killer or a JVM crash would: Docker
		// treats "docker kill" as a deliberate stop and does not restart after it.
		long pid = Long.parseLong(this.demo.inspect("crypto_consumer", "{{.State.Pid}}"));
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly))
			.as("SIGKILL the consumer (pid %d; the check runs as root)", pid)
			.contains(true);
		push(this.demo, quotes.subList(CRASH_QUOTES / 2, CRASH_QUOTES));
		await().atMost(HEALTHY_WITHIN).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			assertThat(Integer.parseInt(this.demo.inspect("crypto_consumer", "{{.RestartCount}}")))
				.isGreaterThan(restartsBefore);
			assertThat(this.demo.health("crypto_consumer")).isEqualTo("healthy");
		});
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(assetPoints()).containsEntry(CRASH_ASSET, (long) CRASH_QUOTES));
	}

	@Test
	@Order(6)
	void down_then_up_keeps_the_data() throws Exception {
		this.figures.memory(this.demo, DEMO);
		this.figures.imageSizes(this.demo, DEMO);
		this.demo.compose(Duration.ofMinutes(3), "down");
		up(this.demo, DEMO);
		assertThat(assetPoints()).hasSizeGreaterThanOrEqualTo(12).containsEntry(CRASH_ASSET, (long) CRASH_QUOTES);
	}

	@Test
	@Order(7)
	void with_redis_password_set_redis_refuses_anonymous_clients_and_no_log_shows_the_password() throws Exception {
		assertRedisRunsAsNonRoot(this.demo);
		assertThat(this.demo.docker("exec", "crypto_redis", "redis-cli", "ping")).as("redis-cli without the password")
			.contains("NOAUTH");
		assertThat(this.demo.compose(Duration.ofMinutes(1), "logs", "--no-color")).as("compose logs")
			.contains("crypto_scraper")
			.doesNotContain(REDIS_PASSWORD);
	}

	@Test
	@Order(8)
	void down_with_volumes_leaves_no_container_volume_or_network() throws Exception {
		this.demo.compose(Duration.ofMinutes(3), "down", "-v");
		String label = "label=com.docker.compose.project=" + this.demo.project();
		assertThat(this.demo.docker("ps", "-aq", "--filter", label).strip()).as("containers").isEmpty();
		assertThat(this.demo.docker("volume", "ls", "-q", "--filter", label).strip()).as("volumes").isEmpty();
		assertThat(this.demo.docker("network", "ls", "-q", "--filter", label).strip()).as("networks").isEmpty();
	}

	private static void assertRedisRunsAsNonRoot(ComposeStack stack) throws IOException, InterruptedException {
		String redisUid = stack.docker("exec", "crypto_redis", "grep", "^Uid:", "/proc/1/status");
		assertThat(redisUid.split("\\s+")[1]).as("uid of redis-server").isNotEqualTo("0");
	}

	/**
	 * {@code up -d}, then waits until every container is healthy; returns when it began.
	 */
	private static long up(ComposeStack stack, List<String> containers) throws IOException, InterruptedException {
		long started = System.nanoTime();
		stack.compose(Duration.ofMinutes(10), "up", "-d");
		awaitHealthy(stack, containers);
		return started;
	}

	/** {@code GET /api/v1/assets}, which must answer 200: stored points per asset id. */
	private Map<String, Long> assetPoints() throws IOException, InterruptedException {
		HttpResponse<String> response = get(this.dashboard + "/api/v1/assets");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Long> points = new LinkedHashMap<>();
		for (JsonNode asset : this.json.readTree(response.body())) {
			points.put(asset.get("id").asString(), asset.get("points").asLong());
		}
		return points;
	}

	private static void awaitHealthy(ComposeStack stack, List<String> containers) {
		await().atMost(HEALTHY_WITHIN).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			for (String container : containers) {
				assertThat(stack.health(container)).as(container).isEqualTo("healthy");
			}
		});
	}

	/**
	 * LPUSHes the quotes, encoded as the scraper does, through redis-cli in the
	 * container, with the container's REDIS_PASSWORD when it has one (as its healthcheck
	 * does), so the password is never on a command line.
	 */
	private static void push(ComposeStack stack, List<Quote> quotes) throws IOException, InterruptedException {
		StringBuilder resp = new StringBuilder();
		for (int from = 0; from < quotes.size(); from += 1_000) {
			List<String> command = new ArrayList<>(List.of("LPUSH", RedisKeys.QUEUE));
			quotes.subList(from, Math.min(quotes.size(), from + 1_000)).forEach(q -> command.add(QuoteCodec.encode(q)));
			resp.append('*').append(command.size()).append("\r\n");
			for (String part : command) {
				resp.append('$')
					.append(part.getBytes(StandardCharsets.UTF_8).length)
					.append("\r\n")
					.append(part)
					.append("\r\n");
			}
		}
		Path file = Files.createTempFile("quotes-", ".resp");
		Files.writeString(file, resp, StandardCharsets.UTF_8);
		String output = stack.dockerWithInput(file, "exec", "-i", "crypto_redis", "sh", "-c",
				"if [ -n \"$REDIS_PASSWORD\" ]; then export REDISCLI_AUTH=\"$REDIS_PASSWORD\"; fi; exec redis-cli --pipe");
		Files.delete(file);
		assertThat(output).as("redis-cli --pipe").contains("errors: 0");
	}

	/** Distinct quotes of one made-up asset, one per second over the last 14 hours. */
	private static List<Quote> crashQuotes() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<Quote> quotes = new ArrayList<>(CRASH_QUOTES);
		for (int i = 0; i < CRASH_QUOTES; i++) {
			Instant at = now.minusSeconds(CRASH_QUOTES - i);
			quotes.add(new Quote(CRASH_ASSET, "DCC", "Docker Check Coin", 1.0 + i * 1e-6, null, null, null,
					Source.COINGECKO, at, at));
		}
		return quotes;
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

	private static String required(String property) {
		String value = System.getProperty(property, "");
		assertThat(value).as("system property %s (set by ./cryptoviz check --docker)", property).isNotBlank();
		return value;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
