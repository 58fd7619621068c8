package io.cryptoviz.dashboard.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium and chromedriver. Where either is missing the calling test
 * is skipped with a message that says so; CI installs both, so there they always run.
 */
final class Chromium {

	static final Path BROWSER = Path.of(System.getProperty("cryptoviz.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("cryptoviz.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Chromium() {
	}

	/**
	 * @return a fresh headless browser with an empty profile
	 * @throws IOException if the profile folder cannot be created
	 */
	static WebDriver start() throws IOException {
		assumeTrue(Files.isExecutable(BROWSER),
				"SKIPPED: no Chromium at " + BROWSER + " (install Debian's chromium package to run browser tests)");
		assumeTrue(Files.isExecutable(DRIVER), "SKIPPED: no chromedriver at " + DRIVER
				+ " (install Debian's chromium-driver package to run browser tests)");
		Path profile = Files.createTempDirectory("cryptoviz-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1440,1600", "--user-data-dir=" + profile, "--lang=en-US");
		// Console messages, so tests can look for Content-Security-Policy violations.
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Saves a PNG under {@code target/screenshots/}.
	 * @param driver the browser
	 * @param name file name without extension
	 * @return the file
	 * @throws IOException if it cannot be written
	 */
	static Path screenshot(WebDriver driver, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

}
