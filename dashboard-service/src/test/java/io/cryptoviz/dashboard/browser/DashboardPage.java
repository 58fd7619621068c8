package io.cryptoviz.dashboard.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Multi-Source Dashboard as a user sees it. */
final class DashboardPage extends VaadinPage {

	private static final String SERIES_PATHS = "cv-apex-chart .apexcharts-series path";

	DashboardPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	/**
	 * Opens the page with a query string and waits until every chart has drawn its lines.
	 * @param query the part after {@code ?}, or empty
	 * @return this page
	 */
	DashboardPage open(String query) {
		this.driver.get(this.baseUrl + "/dashboard" + (query.isEmpty() ? "" : "?" + query));
		return waitForCharts();
	}

	DashboardPage waitForCharts() {
		waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("cv-apex-chart")));
		waitForVaadin();
		waiting(Duration.ofSeconds(30)).until(d -> !drawnPaths().isEmpty()
				&& charts().stream().allMatch(chart -> chart.getAttribute("data-drawn") != null));
		return this;
	}

	List<WebElement> charts() {
		return this.driver.findElements(By.tagName("cv-apex-chart"));
	}

	/**
	 * @return the SVG paths of the series that have a non-trivial {@code d}
	 */
	List<WebElement> drawnPaths() {
		return this.driver.findElements(By.cssSelector(SERIES_PATHS)).stream().filter(path -> {
			String d = path.getAttribute("d");
			return d != null && d.length() > 20 && d.contains("L");
		}).toList();
	}

	String totalRecords() {
		return kpi("kpi-records");
	}

	String cryptosTracked() {
		return kpi("kpi-cryptos");
	}

	int chartsCreated(WebElement chart) {
		return Integer.parseInt(chart.getAttribute("data-created"));
	}

	int chartUpdates(WebElement chart) {
		return Integer.parseInt(chart.getAttribute("data-updates"));
	}

	void refresh() {
		this.driver.findElement(By.id("refresh")).click();
		waitForVaadin();
	}

	String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	void back() {
		this.driver.navigate().back();
		waitForVaadin();
	}

	/**
	 * Waits for a notification and returns the text of every one shown.
	 * @return their texts
	 */
	List<String> notifications() {
		String texts = "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
				+ ".map(card => card.textContent.trim())";
		waiting(Duration.ofSeconds(10)).until(d -> !((List<?>) script(texts)).isEmpty());
		return ((List<?>) script(texts)).stream().map(String::valueOf).toList();
	}

	String spreadTableText() {
		return this.driver.findElement(By.id("spreads")).getText();
	}

}
