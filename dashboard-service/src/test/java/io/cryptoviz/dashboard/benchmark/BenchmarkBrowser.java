package io.cryptoviz.dashboard.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the benchmark; unlike the tests it reports absence instead of
 * skipping.
 */
final class BenchmarkBrowser {

	private BenchmarkBrowser() {
	}

	static WebDriver start() throws Exception {
		Path browser = Path.of("/usr/bin/chromium");
		Path driver = Path.of("/usr/bin/chromedriver");
		if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
			throw new IllegalStateException("no " + browser + " or " + driver);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1440,1200",
				"--user-data-dir=" + Files.createTempDirectory("cryptoviz-bench-"));
		return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
				options);
	}

	static void waitForChartsDrawn(WebDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(10))
			.until(d -> !d.findElements(By.cssSelector("cv-apex-chart[data-drawn]")).isEmpty()
					&& d.findElements(By.cssSelector("cv-apex-chart .apexcharts-series path")).size() >= 12);
	}

}
