package io.cryptoviz.dashboard.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page shown when the dashboard has a password. */
final class LoginPage extends VaadinPage {

	LoginPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	/**
	 * Waits until the login form is on screen, wherever the browser was sent from.
	 * @return this page
	 */
	LoginPage waitUntilShown() {
		waiting(Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginPassword input")));
		waitForVaadin();
		return this;
	}

	void signIn(String username, String password) {
		WebElement user = this.driver.findElement(By.cssSelector("#vaadinLoginUsername input"));
		user.clear();
		user.sendKeys(username);
		WebElement secret = this.driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
		secret.clear();
		secret.sendKeys(password, Keys.ENTER);
	}

	LoginPage waitForError() {
		waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("?error"));
		return waitUntilShown();
	}

	boolean showsError() {
		return Boolean.TRUE.equals(script("return document.querySelector('vaadin-login-form').error === true"));
	}

	String title() {
		return this.driver.findElement(By.tagName("vaadin-login-form")).getText();
	}

	String currentUrl() {
		return this.driver.getCurrentUrl();
	}

}
