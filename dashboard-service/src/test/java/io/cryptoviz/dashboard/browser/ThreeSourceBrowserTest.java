package io.cryptoviz.dashboard.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in real headless Chromium with the three shipped sources in the store, as the
 * demo shows them; screenshots land in {@code target/screenshots/*-three-sources.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThreeSourceBrowserTest {

	static final Instant END = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	@TempDir
	static Path dir;

	static WebDriver browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> dir.resolve("cryptoviz.duckdb").toString());
	}

	@BeforeAll
	static void seed() {
		SeededStore.create(dir.resolve("cryptoviz.duckdb"), 12, Duration.ofHours(72), END, SeededStore.THREE_SOURCES);
	}

	// Per test, so that without Chromium every test is reported as skipped with the
	// reason.
	@BeforeEach
	void startBrowser() throws Exception {
		if (browser == null) {
			browser = Chromium.start();
		}
	}

	@AfterAll
	static void quit() {
		if (browser != null) {
			browser.quit();
		}
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void the_comparison_draws_three_sources_and_their_spread_per_crypto() throws Exception {
		DashboardPage page = new DashboardPage(browser, baseUrl())
			.open("mode=compare&cryptos=bitcoin,ethereum,tether&period=24h");
		assertThat(page.charts()).hasSize(3);
		assertThat(page.drawnPaths()).hasSizeGreaterThanOrEqualTo(3 * 4);
		assertThat(browser.findElement(By.id("charts")).getText()).contains("CoinPaprika",
				"Spread (max − min) vs median %");
		assertThat(page.spreadTableText()).contains("CoinPaprika", "Spread % of median");
		Chromium.screenshot(browser, "dashboard-compare-three-sources");
	}

	@Test
	void the_default_view_and_home_count_three_sources() throws Exception {
		DashboardPage page = new DashboardPage(browser, baseUrl()).open("");
		assertThat(page.totalRecords()).isEqualTo("31,140");
		assertThat(browser.findElement(By.id("per-source")).getText()).contains("CoinGecko", "CoinMarketCap",
				"CoinPaprika");
		Chromium.screenshot(browser, "dashboard-three-sources");
		HomePage home = new HomePage(browser, baseUrl()).open();
		assertThat(home.activeSources()).isEqualTo("3 of 3");
		Chromium.screenshot(browser, "home-three-sources");
	}

}
