package io.cryptoviz.dashboard.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The ML Predictions page as a user sees it. */
final class PredictionsPage extends VaadinPage {

	PredictionsPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	/**
	 * Opens the page and waits until the chart shows an analysis.
	 * @param query the part after {@code ?}
	 * @return this page
	 */
	PredictionsPage open(String query) {
		this.driver.get(this.baseUrl + "/predictions?" + query);
		waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("prediction-chart")));
		waitForVaadin();
		waiting(Duration.ofSeconds(30))
			.until(d -> chartUpdates() >= 0 && consensusEnd() > 0 && tableText().contains("Consensus"));
		return this;
	}

	/**
	 * Clicks the slider at a fraction of its width, as a user picking a value does.
	 * @param id the slider's id
	 * @param fraction 0 (left end) to 1 (right end)
	 */
	void clickSlider(String id, double fraction) {
		WebElement slider = this.driver.findElement(By.id(id));
		int width = slider.getSize().getWidth();
		new Actions(this.driver).moveToElement(slider, (int) ((fraction - 0.5) * width), 0).click().perform();
	}

	/**
	 * @return how often the main chart has been redrawn with new data or options
	 */
	int chartUpdates() {
		Object updates = script("return document.getElementById('prediction-chart').dataset.updates");
		return (updates == null) ? -1 : Integer.parseInt(updates.toString());
	}

	/**
	 * @return epoch milliseconds of the consensus path's last point, 0 if not drawn
	 */
	long consensusEnd() {
		Object end = script("""
				const chart = document.getElementById('prediction-chart');
				const series = (chart && chart.series) || [];
				const consensus = series.find(s => s.name === 'Consensus');
				return consensus && consensus.data.length ? consensus.data[consensus.data.length - 1][0] : 0;""");
		return ((Number) end).longValue();
	}

	/**
	 * @return the drawn SVG series paths of the main chart
	 */
	long drawnPaths() {
		return ((Number) script("return [...document.querySelectorAll('#prediction-chart .apexcharts-series path')]"
				+ ".filter(p => (p.getAttribute('d') || '').includes('L')).length"))
			.longValue();
	}

	String tableText() {
		Object text = script("return [...document.querySelectorAll('#predictions-table vaadin-grid-cell-content')]"
				+ ".map(c => c.textContent).join('|')");
		return (text == null) ? "" : text.toString();
	}

	String stateParameters() {
		return String.valueOf(script("return document.getElementById('state-parameters').textContent"));
	}

	String signal() {
		return this.driver.findElement(By.id("signal-box")).getText();
	}

}
