package io.cryptoviz.systemtest.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, for the pages the containers
 * serve. Unlike the unit-level browser tests this never skips: the Docker check is only
 * run where Chromium is installed ({@code .ci/run} installs it).
 */
final class HeadlessChromium implements AutoCloseable {

	/** What Vaadin shows instead of a page when navigation throws. */
	static final String VAADIN_ERROR = "There was an exception while trying to navigate";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots", "docker");

	/**
	 * Selenium warns on every start that it has no DevTools bindings for this Chromium
	 * version; nothing here uses DevTools. Held in a field so the level is not lost.
	 */
	private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

	static {
		SELENIUM.setLevel(java.util.logging.Level.SEVERE);
	}

	private final WebDriver driver;

	HeadlessChromium() throws IOException {
		Path profile = Files.createTempDirectory("cryptoviz-docker-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("cryptoviz.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1440,1600", "--user-data-dir=" + profile, "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(
					Path.of(System.getProperty("cryptoviz.chromedriver", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	/**
	 * Opens a page and waits until Vaadin has rendered it and has no round trip pending.
	 */
	void open(String url) {
		this.driver.get(url);
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE
			.equals(((JavascriptExecutor) d).executeScript("return !!window.Vaadin && !!window.Vaadin.Flow"
					+ " && !!window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
					+ " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
					+ " && document.body.innerText.trim().length > 0")));
	}

	/**
	 * @return the text a user sees on the page now
	 */
	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	/** Waits until the page's text satisfies the condition, and returns that text. */
	String waitForText(Duration timeout, java.util.function.Predicate<String> condition) {
		new WebDriverWait(this.driver, timeout).until(d -> condition.test(text()));
		return text();
	}

	Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
		return Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
