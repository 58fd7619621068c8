package io.cryptoviz.dashboard.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Multi-Source page's status cards, data range, zero line, empty selection and CSV
 * download, and the home page's quick-start guide, in real headless Chromium in English
 * and in French.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageDetailsBrowserTest {

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
		SeededStore.create(dir.resolve("cryptoviz.duckdb"), 12, Duration.ofHours(72), END);
	}

	@BeforeEach
	void startBrowser() throws Exception {
		if (browser == null) {
			browser = Chromium.start();
		}
	}

	// Each test starts in a fresh session, so in English.
	@AfterEach
	void newSession() {
		if (browser != null) {
			browser.manage().deleteAllCookies();
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

	String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	void chooseFrench() {
		browser.findElement(By.id("language-select")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'français')]")))
			.click();
	}

	// The download link is fetched in the page, with the page's session, as a click
	// would.
	Object downloadedCsv() {
		return ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch(document.getElementById('download-csv').href).then(r => r.text()).then(done)");
	}

	// Backspace in the empty input removes the last chosen crypto, as a user would.
	void clearCryptos(DashboardPage page) {
		// Each removal but the last navigates, so the input is found again every time.
		for (int i = 0; i < 5 && browser.findElements(By.id("select-crypto")).isEmpty(); i++) {
			WebElement input = browser.findElement(By.cssSelector("#filter-cryptos input"));
			input.click();
			input.sendKeys(Keys.BACK_SPACE);
			page.waitForVaadin();
		}
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("select-crypto")));
		page.waitForVaadin();
	}

	@Test
	void dashboard_in_english_shows_the_source_cards_the_data_range_and_the_zero_line() throws Exception {
		DashboardPage page = new DashboardPage(browser, baseUrl()).open("mode=percent&cryptos=bitcoin,ethereum");

		assertThat(text("data-range")).startsWith("Data available: ").endsWith(" UTC");
		WebElement card = browser.findElement(By.id("kpi-source-coingecko"));
		assertThat(card.getText()).contains("10,380 records").containsPattern("updated (just now|\\d+ min ago)");
		assertThat(card.findElement(By.className("cv-kpi-value")).getAttribute("class")).contains("cv-fresh");
		assertThat(browser.findElements(By.cssSelector("cv-apex-chart .apexcharts-yaxis-annotations line")))
			.singleElement()
			.satisfies(line -> assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("6"));
		Chromium.screenshot(browser, "dashboard-percent-zero-line");
	}

	@Test
	void download_csv_holds_what_the_chart_shows() {
		DashboardPage page = new DashboardPage(browser, baseUrl()).open("mode=percent&cryptos=bitcoin&period=1h");
		page.waitForVaadin();
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));

		String csv = (String) downloadedCsv();

		assertThat(csv.lines().findFirst()).hasValue("chart,line,unit,time,value");
		assertThat(csv.lines().skip(1)).as("an hour of 5-minute points, on the real clock")
			.hasSizeBetween(11, 13)
			.allSatisfy(line -> assertThat(line).startsWith("all,BTC,percent,"));
		assertThat(csv.lines().skip(1).findFirst()).hasValueSatisfying(line -> assertThat(line).endsWith(",0.0"));
	}

	@Test
	void clearing_every_crypto_asks_for_one_and_removes_the_charts() {
		DashboardPage page = new DashboardPage(browser, baseUrl()).open("cryptos=bitcoin,ethereum");

		clearCryptos(page);

		assertThat(text("select-crypto")).isEqualTo("Select at least one crypto to see its charts.");
		assertThat(page.charts()).isEmpty();
	}

	@Test
	void home_in_english_opens_the_quick_start_guide() throws Exception {
		new HomePage(browser, baseUrl()).open();
		WebElement guide = browser.findElement(By.id("quick-start"));
		assertThat(guide.getDomAttribute("opened")).as("collapsed at first").isNull();
		Chromium.screenshot(browser, "home-quick-start-collapsed");
		assertThat(((JavascriptExecutor) browser)
			.executeScript("return document.getElementById('good-practices').offsetHeight"))
			.as("hidden while collapsed")
			.isEqualTo(0L);
		assertThat(guide.getText()).as("the summary comes first").startsWith("Quick-start guide and good practices");

		guide.findElement(By.tagName("vaadin-details-summary")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("good-practices")));
		assertThat(text("good-practices")).contains("Do your own research",
				"Never invest more than you can afford to lose", "Diversify");
		assertThat(text("quick-start-steps")).contains("./cryptoviz up");
		Chromium.screenshot(browser, "home-quick-start");
	}

	@Test
	void both_pages_in_french() throws Exception {
		HomePage home = new HomePage(browser, baseUrl()).open();
		chooseFrench();
		home.waitUntilShown();
		browser.findElement(By.cssSelector("#quick-start vaadin-details-summary")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("good-practices")));
		assertThat(text("good-practices")).contains("Faites vos propres recherches",
				"N’investissez jamais plus que ce que vous pouvez vous permettre de perdre", "Diversifiez");
		Chromium.screenshot(browser, "home-quick-start-fr");

		DashboardPage page = new DashboardPage(browser, baseUrl()).open("mode=percent&cryptos=bitcoin");
		assertThat(text("data-range")).startsWith("Données disponibles : ");
		assertThat(text("kpi-source-coinmarketcap")).contains("enregistrements", "mis à jour");
		assertThat(text("download-csv")).isEqualTo("Télécharger en CSV");
		clearCryptos(page);
		assertThat(text("select-crypto")).isEqualTo("Sélectionnez au moins une crypto pour voir ses graphiques.");
	}

}
