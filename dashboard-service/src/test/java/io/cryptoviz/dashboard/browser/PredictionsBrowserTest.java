package io.cryptoviz.dashboard.browser;

import java.time.Duration;

import io.cryptoviz.dashboard.predictions.PredictionsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ML Predictions page in real headless Chromium against a seeded store: moving a
 * slider in continuous mode updates the table and redraws the chart in place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PredictionsBrowserTest {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	@BeforeAll
	static void start() throws Exception {
		browser = Chromium.start();
	}

	@AfterAll
	static void quit() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void a_slider_change_in_continuous_mode_updates_the_table_and_the_chart() throws Exception {
		PredictionsPage page = new PredictionsPage(browser, "http://localhost:" + this.port)
			.open("crypto=bitcoin&history=24&horizon=4&mode=continuous&panels=rsi");
		// ApexCharts rebuilds its SVG on every update: wait for lines rather than sample
		// once.
		page.waiting(Duration.ofSeconds(10)).until(d -> page.drawnPaths() >= 8);
		assertThat(page.signal()).contains("Consensus track record").containsPattern("BUY|SELL|HOLD");
		assertThat(page.consensusEnd()).isEqualTo(PredictionsStore.END.plus(Duration.ofHours(4)).toEpochMilli());
		String table = page.tableText();
		int updates = page.chartUpdates();

		page.clickSlider("horizon", 0.9);

		page.waiting(Duration.ofSeconds(20))
			.until(d -> page.chartUpdates() > updates
					&& page.consensusEnd() > PredictionsStore.END.plus(Duration.ofHours(12)).toEpochMilli());
		page.waitForVaadin();
		assertThat(page.tableText()).isNotEqualTo(table).contains("Consensus");
		assertThat(page.stateParameters()).containsPattern("horizon (1[3-9]|2[0-4]) h");
		assertThat(browser.getCurrentUrl()).containsPattern("horizon=(1[3-9]|2[0-4])");
		assertThat(page.script("return document.getElementById('prediction-chart').dataset.created")).isEqualTo("1");
		page.waiting(Duration.ofSeconds(10)).until(d -> page.drawnPaths() >= 8);
		Chromium.screenshot(browser, "predictions");
	}

	@Test
	void the_consensus_bands_are_drawn_as_filled_areas_under_a_titled_chart() throws Exception {
		PredictionsPage page = new PredictionsPage(browser, "http://localhost:" + this.port)
			.open("crypto=bitcoin&history=24&horizon=4&mode=manual");
		page.waiting(Duration.ofSeconds(10)).until(d -> page.drawnPaths() >= 8);
		// Lines are drawn with fill="none"; the two rangeArea bands are the filled paths.
		page.waiting(Duration.ofSeconds(10))
			.until(d -> ((Number) page.script("return [...document.querySelectorAll('#prediction-chart "
					+ ".apexcharts-series path')].filter(p => (p.getAttribute('fill') || 'none') !== 'none' "
					+ "&& (p.getAttribute('d') || '').includes('L')).length"))
				.longValue() >= 2);
		assertThat(page.script("return document.getElementById('prediction-chart-title').textContent"))
			.isEqualTo("Bitcoin (BTC): price and forecasts 4 h ahead");
		page.script("document.getElementById('prediction-chart-title').scrollIntoView()");
		Chromium.screenshot(browser, "predictions-chart");
	}

}
