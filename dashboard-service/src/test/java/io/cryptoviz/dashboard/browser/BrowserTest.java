package io.cryptoviz.dashboard.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.cryptoviz.dashboard.ManyCryptoIds;
import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.dashboard.WriteLockHolder;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both pages in real headless Chromium against a seeded store and the production bundle:
 * charts draw SVG lines, KPIs show the seeded counts, screenshots land in
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

	static final Instant END = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	@TempDir
	static Path dir;

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> dir.resolve("cryptoviz.duckdb").toString());
		registry.add("cryptoviz.dashboard.cache-ttl", () -> "1s");
	}

	@BeforeAll
	static void seed() {
		SeededStore.create(dir.resolve("cryptoviz.duckdb"), 12, Duration.ofHours(72), END);
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
	void home_shows_the_seeded_counts_and_the_disclaimer() throws Exception {
		this.redis.opsForValue().set(RedisKeys.DATA_MODE, "live");
		HomePage home = new HomePage(browser, baseUrl()).open();
		assertThat(home.totalRecords()).isEqualTo("20,760");
		assertThat(home.cryptosTracked()).isEqualTo("12");
		assertThat(home.activeSources()).isEqualTo("2 of 2");
		assertThat(home.lastUpdateTone()).contains("cv-fresh");
		assertThat(home.disclaimer()).contains("not financial advice");
		assertThat(browser.findElements(By.id("logout"))).as("no one signed in, no log-out button").isEmpty();
		Chromium.screenshot(browser, "home");
	}

	@Test
	void dashboard_draws_every_chart_and_shows_the_seeded_counts() throws Exception {
		DashboardPage page = new DashboardPage(browser, baseUrl()).open("");
		assertThat(page.charts()).hasSize(1);
		assertThat(page.drawnPaths()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(page.totalRecords()).isEqualTo("20,760");
		assertThat(page.cryptosTracked()).isEqualTo("12");
		assertThat(page.spreadTableText()).contains("Bitcoin (BTC)");
		Chromium.screenshot(browser, "dashboard");
	}

	@Test
	void each_display_mode_draws_its_charts() throws Exception {
		DashboardPage page = new DashboardPage(browser, baseUrl());
		page.open("mode=separate&period=72h");
		assertThat(page.charts()).hasSize(5);
		Chromium.screenshot(browser, "dashboard-separate");
		page.open("mode=compare&cryptos=bitcoin,ethereum,tether&period=24h");
		assertThat(page.charts()).hasSize(3);
		assertThat(page.drawnPaths()).hasSizeGreaterThanOrEqualTo(9);
		Chromium.screenshot(browser, "dashboard-compare");
		page.open("mode=percent&period=7d");
		assertThat(page.charts()).hasSize(1);
		Chromium.screenshot(browser, "dashboard-percent");
	}

	@Test
	void refreshing_updates_the_chart_without_recreating_it() {
		DashboardPage page = new DashboardPage(browser, baseUrl()).open("period=6h");
		WebElement chart = page.charts().getFirst();
		page.refresh();
		page.waitForCharts();
		assertThat(page.chartsCreated(chart)).isEqualTo(1);
		assertThat(page.chartUpdates(chart)).isGreaterThanOrEqualTo(1);
	}

	@Test
	void back_returns_to_the_previous_filters() {
		DashboardPage page = new DashboardPage(browser, baseUrl()).open("mode=separate");
		page.open("mode=percent");
		page.back();
		page.waitForCharts();
		assertThat(page.currentUrl()).endsWith("mode=separate");
		assertThat(page.charts()).hasSize(5);
	}

	@Test
	void a_link_naming_10000_cryptos_opens_the_page_with_the_first_20_and_the_link_notice() throws Exception {
		String link = "cryptos=" + ManyCryptoIds.joined(10_000);
		assertThat(link).as("a link of typical ids").hasSizeGreaterThan(100_000);

		DashboardPage page = new DashboardPage(browser, baseUrl()).open(link);

		assertThat(page.notifications()).anySatisfy(
				text -> assertThat(text).contains("Ignored invalid link values (cryptos); showing defaults instead."));
		assertThat(page.drawnPaths()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(page.cryptosTracked()).isEqualTo("12");
		assertThat(page.currentUrl()).as("the address bar shows what the page shows")
			.hasSizeLessThan(1_000)
			.contains("bitcoin");
		Chromium.screenshot(browser, "dashboard-10000-ids");
		page.refresh();
		page.waitForCharts();
		assertThat(page.drawnPaths()).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void dark_mode_and_simulated_banner() throws Exception {
		this.redis.opsForValue().set(RedisKeys.DATA_MODE, "simulated");
		// The layout reuses its Redis read for 5 s; this test runs on the real clock.
		Thread.sleep(5_100);
		try {
			HomePage home = new HomePage(browser, baseUrl()).open();
			home.switchTheme();
			DashboardPage page = new DashboardPage(browser, baseUrl()).open("mode=compare&cryptos=bitcoin,solana");
			assertThat(page.script("return document.querySelector('.cv-simulated-banner').offsetHeight"))
				.isNotEqualTo(0L);
			assertThat(page.script("return document.body.getAttribute('theme')")).isEqualTo("dark");
			Chromium.screenshot(browser, "dashboard-dark-simulated");
			home.open().switchTheme();
		}
		finally {
			this.redis.opsForValue().set(RedisKeys.DATA_MODE, "live");
		}
	}

	@Test
	void a_page_opened_while_the_consumer_writes_waits_and_then_renders() throws Exception {
		Thread.sleep(1100);
		try (WriteLockHolder holder = WriteLockHolder.hold(dir.resolve("cryptoviz.duckdb"), Duration.ofSeconds(2))) {
			Instant opened = Instant.now();
			DashboardPage page = new DashboardPage(browser, baseUrl()).open("period=24h&sources=coingecko");
			assertThat(Duration.between(opened, Instant.now())).as("the page waited for the writer")
				.isGreaterThan(Duration.ofSeconds(1));
			assertThat(page.drawnPaths()).isNotEmpty();
			assertThat(
					page.script("const s = document.getElementById('store-state'); return !s || s.offsetHeight === 0"))
				.isEqualTo(true);
		}
	}

}
