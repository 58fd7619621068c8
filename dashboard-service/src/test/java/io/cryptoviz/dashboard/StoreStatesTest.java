package io.cryptoviz.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.dashboard.base.ui.KpiCard;
import io.cryptoviz.dashboard.base.ui.StoreStateNotice;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every state the store can be in, from the first request on, as the three pages and the
 * API show it: no file, a file without the table, an empty table, quotes arriving after
 * the first read, rows of a source this version does not know, and files of an older
 * shape. Each test puts one file into its state; the cache is emptied where a user would
 * have waited for it to expire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ViewPackages(packages = "io.cryptoviz.dashboard")
class StoreStatesTest extends SpringBrowserlessTest {

	static final Path FILE = Path.of("target", "store-states", "cryptoviz.duckdb").toAbsolutePath();

	static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final String WAITING = "Waiting for first data";

	static final String UNREADABLE = "The data store could not be read";

	@LocalServerPort
	int port;

	@Autowired
	MarketData market;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", FILE::toString);
	}

	@BeforeEach
	void noStore() throws IOException {
		Files.deleteIfExists(FILE);
		this.market.evictCache();
	}

	static Stream<Arguments> storesWithoutData() {
		Runnable noFile = () -> {
		};
		Runnable noTable = () -> SeededStore.execute(FILE, "CREATE TABLE other (x INTEGER)");
		Runnable emptyTable = () -> SeededStore.createEmpty(FILE);
		Runnable unknownSourceOnly = () -> {
			SeededStore.createEmpty(FILE);
			SeededStore.append(FILE, "COINCAP", "bitcoin", "BTC", "Bitcoin", 97000.0, NOW);
		};
		return Stream.of(argumentSet("no database file", noFile), argumentSet("a file without the table", noTable),
				argumentSet("an empty table", emptyTable),
				argumentSet("only rows of a source this version does not know", unknownSourceOnly));
	}

	@ParameterizedTest
	@MethodSource("storesWithoutData")
	void before_the_first_quote_every_page_waits_and_the_api_answers_empty_or_503(Runnable store) throws Exception {
		store.run();
		assertPagesWaitForFirstData();
		assertApiWaitsForFirstData();
	}

	// Issue 13: a read of the empty table left the per-source tally with a watermark
	// that could not be bound, and every later read failed until restart.
	@Test
	void a_first_quote_after_the_pages_read_the_empty_store_shows_on_every_page() {
		SeededStore.createEmpty(FILE);
		assertPagesWaitForFirstData();

		SeededStore.append(FILE, "COINGECKO", "bitcoin", "BTC", "Bitcoin", 97000.0, NOW);
		this.market.evictCache();

		assertThat(open("")).isEmpty();
		assertThat(kpi("kpi-records")).isEqualTo("1");
		assertThat(kpi("kpi-cryptos")).isEqualTo("1");
		assertThat(open("dashboard")).isEmpty();
		assertThat(kpi("kpi-records")).isEqualTo("1");
		assertThat(openPredictions()).isEmpty();
		assertThat($(Button.class).id("crypto-bitcoin").isVisible()).isTrue();
	}

	@Test
	void a_first_quote_after_the_api_read_the_empty_store_is_in_the_api() throws Exception {
		SeededStore.createEmpty(FILE);
		assertApiWaitsForFirstData();

		SeededStore.append(FILE, "COINGECKO", "bitcoin", "BTC", "Bitcoin", 97000.0, NOW);
		this.market.evictCache();

		HttpResponse<String> assets = get("/api/v1/assets");
		assertThat(assets.statusCode()).isEqualTo(200);
		assertThat(assets.body()).contains("\"id\":\"bitcoin\"", "\"points\":1");
		assertThat(List.of(get("/api/v1/predictions/bitcoin"), get("/api/v1/signals/bitcoin"),
				get("/api/v1/confidence/bitcoin")))
			.extracting(HttpResponse::statusCode)
			.containsOnly(200);
	}

	@Test
	void quotes_after_a_first_read_with_data_show_on_every_page_and_in_the_api() throws Exception {
		SeededStore.createEmpty(FILE);
		SeededStore.append(FILE, "COINGECKO", "bitcoin", "BTC", "Bitcoin", 97000.0, NOW.minus(SeededStore.STEP));
		assertThat(open("")).isEmpty();
		assertThat(kpi("kpi-records")).isEqualTo("1");

		SeededStore.append(FILE, "COINMARKETCAP", "bitcoin", "BTC", "Bitcoin", 97100.0, NOW);
		SeededStore.append(FILE, "COINGECKO", "ethereum", "ETH", "Ethereum", 3400.0, NOW);
		this.market.evictCache();

		assertThat(open("")).isEmpty();
		assertThat(kpi("kpi-records")).isEqualTo("3");
		assertThat(kpi("kpi-cryptos")).isEqualTo("2");
		assertThat(open("dashboard")).isEmpty();
		assertThat(kpi("kpi-records")).isEqualTo("3");
		assertThat(openPredictions()).isEmpty();
		assertThat($(Button.class).id("crypto-ethereum").isVisible()).isTrue();
		HttpResponse<String> assets = get("/api/v1/assets");
		assertThat(assets.statusCode()).isEqualTo(200);
		assertThat(assets.body()).contains("\"id\":\"bitcoin\"", "\"id\":\"ethereum\"");
		assertThat(get("/api/v1/predictions/ethereum").statusCode()).isEqualTo(200);
	}

	@Test
	void rows_of_a_source_this_version_does_not_know_are_left_out_of_every_page_and_the_api() throws Exception {
		SeededStore.create(FILE, 2, Duration.ofHours(1), NOW);
		SeededStore.append(FILE, "coingecko", "bitcoin", "BTC", "Bitcoin", 1.0, NOW);
		SeededStore.append(FILE, "COINCAP", "paprika-only", "PAP", "Paprika Only", 3.0e9,
				NOW.plus(Duration.ofMinutes(1)));

		assertThat(open("")).isEmpty();
		assertThat(kpi("kpi-records")).isEqualTo("52");
		assertThat(kpi("kpi-sources")).isEqualTo("2 of 2");
		assertThat(open("dashboard?cryptos=bitcoin,paprika-only")).isEmpty();
		assertThat(kpi("kpi-records")).isEqualTo("52");
		assertThat(test($(Notification.class).single()).getText()).contains("paprika-only");
		assertThat(openPredictions()).isEmpty();
		assertThat($(Button.class).all()).extracting(button -> button.getId().orElse(""))
			.contains("crypto-bitcoin", "crypto-ethereum")
			.doesNotContain("crypto-paprika-only");
		HttpResponse<String> assets = get("/api/v1/assets");
		assertThat(assets.statusCode()).isEqualTo(200);
		assertThat(assets.body()).contains("\"id\":\"bitcoin\"", "\"points\":26").doesNotContain("paprika");
		HttpResponse<String> paprika = get("/api/v1/predictions/paprika-only");
		assertThat(paprika.statusCode()).isEqualTo(404);
		assertThat(paprika.body()).contains("urn:cryptoviz:problem:unknown-asset");
	}

	@Test
	void a_store_without_schema_version_shows_its_data() throws Exception {
		SeededStore.create(FILE, 2, Duration.ofHours(1), NOW);
		SeededStore.execute(FILE, "DROP TABLE schema_version");

		assertThat(open("")).isEmpty();
		assertThat(kpi("kpi-records")).isEqualTo("52");
		assertThat(open("dashboard")).isEmpty();
		assertThat(openPredictions()).isEmpty();
		assertThat(get("/api/v1/assets").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/predictions/bitcoin").statusCode()).isEqualTo(200);
	}

	@Test
	void a_table_without_a_column_the_dashboard_reads_is_unreadable_on_every_page_and_503_in_the_api()
			throws Exception {
		SeededStore.create(FILE, 2, Duration.ofHours(1), NOW);
		SeededStore.execute(FILE, "ALTER TABLE crypto_prices DROP COLUMN market_cap");

		for (String page : List.of("", "dashboard")) {
			assertThat(open(page)).as(page).isEqualTo(UNREADABLE);
			assertThat($(StoreStateNotice.class).single().detailText())
				.contains("crypto_prices has no column market_cap");
		}
		assertThat(openPredictions()).isEqualTo(UNREADABLE);
		for (String path : List.of("/api/v1/assets", "/api/v1/predictions/bitcoin")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).as(path).contains("urn:cryptoviz:problem:store-unavailable");
		}
	}

	private void assertPagesWaitForFirstData() {
		assertThat(open("")).isEqualTo(WAITING);
		assertThat(kpi("kpi-records")).isEqualTo("–");
		assertThat(open("dashboard")).isEqualTo(WAITING);
		assertThat(openPredictions()).isEqualTo(WAITING);
	}

	private void assertApiWaitsForFirstData() throws Exception {
		HttpResponse<String> assets = get("/api/v1/assets");
		assertThat(assets.statusCode()).isEqualTo(200);
		assertThat(assets.body()).isEqualTo("[]");
		HttpResponse<String> prediction = get("/api/v1/predictions/bitcoin");
		assertThat(prediction.statusCode()).isEqualTo(503);
		assertThat(prediction.body()).contains("urn:cryptoviz:problem:store-unavailable", "no data stored yet");
	}

	/**
	 * @return the title of the page's store notice, empty when the page shows data
	 */
	private String open(String location) {
		int query = location.indexOf('?');
		UI.getCurrent()
			.navigate((query < 0) ? location : location.substring(0, query),
					(query < 0) ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1)));
		// Queries find visible components only: no notice means the page shows data.
		return $(StoreStateNotice.class).all().stream().map(StoreStateNotice::titleText).findFirst().orElse("");
	}

	/**
	 * Opens the predictions page and lets the analysis it starts finish, as a user
	 * waiting for the results does.
	 * @return the title of the page's store notice, empty when the page shows data
	 */
	private String openPredictions() {
		int notifications = $(Notification.class).all().size();
		String notice = open("predictions");
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (analysing() && System.nanoTime() < deadline) {
			sleep();
			VaadinSession session = VaadinSession.getCurrent();
			session.getService().runPendingAccessTasks(session);
			roundTrip();
		}
		assertThat(analysing()).as("analysis still running after 20 s").isFalse();
		assertThat($(Notification.class).all()).as("notifications about the analysis").hasSize(notifications);
		return notice;
	}

	private boolean analysing() {
		return $(ProgressBar.class).withId("analysis-progress").exists();
	}

	private String kpi(String id) {
		return $(KpiCard.class).id(id).value();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
