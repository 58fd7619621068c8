package io.cryptoviz.dashboard.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object needs: waiting for Vaadin and reading KPI cards. */
abstract class VaadinPage {

	final WebDriver driver;

	final String baseUrl;

	VaadinPage(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	WebDriverWait waiting(Duration timeout) {
		return new WebDriverWait(this.driver, timeout);
	}

	/** Waits until Vaadin has no pending server round trip. */
	void waitForVaadin() {
		waiting(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients && "
					+ "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
	}

	String kpi(String id) {
		return this.driver.findElement(By.cssSelector("#" + id + " .cv-kpi-value")).getText();
	}

	String kpiTone(String id) {
		return this.driver.findElement(By.cssSelector("#" + id + " .cv-kpi-value")).getAttribute("class");
	}

	Object script(String js, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(js, args);
	}

}
