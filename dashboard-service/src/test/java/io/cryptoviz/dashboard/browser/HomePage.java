package io.cryptoviz.dashboard.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page as a user sees it. */
final class HomePage extends VaadinPage {

	HomePage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	HomePage open() {
		this.driver.get(this.baseUrl + "/");
		return waitUntilShown();
	}

	HomePage waitUntilShown() {
		waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-records")));
		waitForVaadin();
		return this;
	}

	String totalRecords() {
		return kpi("kpi-records");
	}

	String cryptosTracked() {
		return kpi("kpi-cryptos");
	}

	String activeSources() {
		return kpi("kpi-sources");
	}

	String lastUpdateTone() {
		return kpiTone("kpi-last-update");
	}

	String disclaimer() {
		return this.driver.findElement(By.id("disclaimer")).getText();
	}

	void switchTheme() {
		this.driver.findElement(By.id("theme-toggle")).click();
		waitForVaadin();
	}

}
