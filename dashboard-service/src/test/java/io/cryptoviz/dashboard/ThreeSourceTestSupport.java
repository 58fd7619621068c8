package io.cryptoviz.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.cryptoviz.testsupport.redis.RealRedis;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pages and API against a store of the three shipped sources (CoinGecko, CoinMarketCap,
 * CoinPaprika): 4 assets × 3 sources × 48 h of 5-minute quotes, the newest at
 * {@link #END}. One Spring context for every test that extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ViewPackages(packages = "io.cryptoviz.dashboard")
public abstract class ThreeSourceTestSupport extends SpringBrowserlessTest {

	public static final Instant END = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	public static final int ASSETS = 4;

	/** Rows per source. */
	public static final long ROWS_PER_SOURCE = ASSETS * (48L * 12 + 1);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Path STORE = seedOnce();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", STORE::toString);
	}

	/**
	 * Navigates like a link with a query string does.
	 * @param location path and optional query, for example {@code dashboard?mode=compare}
	 * @return the view shown
	 */
	protected Component open(String location) {
		int query = location.indexOf('?');
		String path = (query < 0) ? location : location.substring(0, query);
		UI.getCurrent()
			.navigate(path,
					(query < 0) ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1)));
		return (Component) getCurrentView();
	}

	/**
	 * @param path API path and query
	 * @return the response
	 */
	protected HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Path seedOnce() {
		try {
			Path dir = Files.createTempDirectory("cryptoviz-three-sources-");
			Path file = dir.resolve("cryptoviz.duckdb");
			SeededStore.create(file, ASSETS, Duration.ofHours(48), END, SeededStore.THREE_SOURCES);
			file.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
