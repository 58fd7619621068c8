package io.cryptoviz.dashboard.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with real Chromium when the dashboard has a password, under the real
 * Content-Security-Policy: the console must not report a single violation while the pages
 * and charts render.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cryptoviz.dashboard.security.password=" + LoginBrowserTest.PASSWORD)
class LoginBrowserTest {

	static final String PASSWORD = "browser-Secret-42";

	static final Instant END = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	WebDriver browser;

	final List<String> console = new ArrayList<>();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> dir.resolve("cryptoviz.duckdb").toString());
	}

	@BeforeAll
	static void seed() {
		SeededStore.create(dir.resolve("cryptoviz.duckdb"), 12, Duration.ofHours(72), END);
	}

	@BeforeEach
	void startBrowser() throws Exception {
		this.browser = Chromium.start();
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void wrong_password_is_refused_and_the_right_one_shows_home() throws Exception {
		this.browser.get(baseUrl() + "/");
		LoginPage login = new LoginPage(this.browser, baseUrl()).waitUntilShown();
		assertThat(login.currentUrl()).endsWith("/login");
		assertThat(login.title()).contains("Sign in");
		Chromium.screenshot(this.browser, "login");

		login.signIn("admin", "not-the-password");
		login.waitForError();
		assertThat(login.currentUrl()).endsWith("/login?error");
		assertThat(login.showsError()).isTrue();
		Chromium.screenshot(this.browser, "login-error");

		login.signIn("admin", PASSWORD);
		HomePage home = new HomePage(this.browser, baseUrl()).waitUntilShown();
		assertThat(home.totalRecords()).isEqualTo("20,760");
		// Spring Security marks the replayed request with ?continue.
		assertThat(this.browser.getCurrentUrl()).isIn(baseUrl() + "/", baseUrl() + "/?continue");
		collectConsole();
		assertThat(this.console).noneMatch(LoginBrowserTest::isCspViolation);
	}

	@Test
	void signed_in_pages_draw_their_charts_without_csp_violations() throws Exception {
		this.browser.get(baseUrl() + "/dashboard?mode=separate&period=72h");
		new LoginPage(this.browser, baseUrl()).waitUntilShown().signIn("admin", PASSWORD);
		DashboardPage page = new DashboardPage(this.browser, baseUrl()).waitForCharts();
		assertThat(page.currentUrl()).startsWith(baseUrl() + "/dashboard?mode=separate&period=72h");
		assertThat(page.charts()).hasSize(5);
		assertThat(page.drawnPaths()).hasSizeGreaterThanOrEqualTo(5);
		new HomePage(this.browser, baseUrl()).open().switchTheme();
		page.open("mode=compare&cryptos=bitcoin,ethereum&period=24h");
		assertThat(page.drawnPaths()).hasSizeGreaterThanOrEqualTo(2);
		new HomePage(this.browser, baseUrl()).open().switchTheme();
		collectConsole();
		assertThat(this.console).noneMatch(LoginBrowserTest::isCspViolation);
	}

	@Test
	void logging_out_from_the_drawer_returns_to_the_login_page() throws Exception {
		this.browser.get(baseUrl() + "/");
		new LoginPage(this.browser, baseUrl()).waitUntilShown().signIn("admin", PASSWORD);
		new HomePage(this.browser, baseUrl()).waitUntilShown();
		WebElement logout = this.browser.findElement(By.id("logout"));
		assertThat(logout.getText()).isEqualTo("Log out");
		Chromium.screenshot(this.browser, "home-signed-in");

		logout.click();

		LoginPage login = new LoginPage(this.browser, baseUrl()).waitUntilShown();
		assertThat(login.currentUrl()).contains("/login");
		this.browser.get(baseUrl() + "/dashboard");
		assertThat(new LoginPage(this.browser, baseUrl()).waitUntilShown().currentUrl()).endsWith("/login");
	}

	private void collectConsole() {
		for (LogEntry entry : this.browser.manage().logs().get(LogType.BROWSER)) {
			this.console.add(entry.getLevel() + " " + entry.getMessage());
		}
	}

	private static boolean isCspViolation(String message) {
		return message.contains("Content Security Policy") || message.contains("Content-Security-Policy");
	}

}
