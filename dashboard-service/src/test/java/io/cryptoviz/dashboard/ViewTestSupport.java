package io.cryptoviz.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless view tests against a store seeded with 12 assets × 2 sources × 72 h of
 * 5-minute quotes whose newest quote is at {@link #END}, the test clock's start, and the
 * shared real Redis.
 */
@SpringBootTest
@ViewPackages(packages = "io.cryptoviz.dashboard")
@Import(TestClockConfiguration.class)
public abstract class ViewTestSupport extends SpringBrowserlessTest {

	public static final Instant END = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	public static final long SEEDED_ROWS = 12L * 2 * (72 * 12 + 1);

	// One store and one Spring context for all view tests of this JVM; tests that move
	// the
	// clock put it back.
	private static final Path STORE = seedOnce();

	@Autowired
	protected MutableClock clock;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", STORE::toString);
	}

	@AfterEach
	void resetClock() {
		this.clock.set(END);
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
	 * Picks a language in the drawer's language select, as a user does.
	 * @param label the language's own name, for example "français"
	 */
	protected void chooseLanguage(String label) {
		test($(Select.class).id("language-select")).selectItem(label);
	}

	private static Path seedOnce() {
		try {
			Path dir = Files.createTempDirectory("cryptoviz-view-tests-");
			Path file = dir.resolve("cryptoviz.duckdb");
			SeededStore.create(file, 12, Duration.ofHours(72), END);
			file.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
