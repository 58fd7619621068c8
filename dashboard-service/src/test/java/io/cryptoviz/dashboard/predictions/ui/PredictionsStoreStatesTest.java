package io.cryptoviz.dashboard.predictions.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.dashboard.base.ui.StoreStateNotice;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page before any data exists and when new quotes arrive, on a store of its own that
 * each test puts into the state it needs.
 */
@SpringBootTest
@ViewPackages(classes = PredictionsView.class)
class PredictionsStoreStatesTest extends SpringBrowserlessTest {

	static final Path FILE = Path.of("target", "predictions-store-states", "cryptoviz.duckdb").toAbsolutePath();

	static final Instant END = Instant.parse("2026-03-01T12:00:00Z");

	@Autowired
	MarketData market;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", FILE::toString);
	}

	PredictionsView open(String query) {
		UI.getCurrent().navigate("predictions", QueryParameters.fromString(query));
		return (PredictionsView) getCurrentView();
	}

	@Test
	void without_a_store_the_page_waits_for_first_data() throws Exception {
		Files.deleteIfExists(FILE);
		this.market.evictCache();
		PredictionsView view = open("crypto=bitcoin&history=999");
		assertThat($(StoreStateNotice.class).single().titleText()).isEqualTo("Waiting for first data");
		assertThat(view.cryptos.isVisible()).isFalse();
		assertThat(view.results.isVisible()).isFalse();
		assertThat(view.busy()).isFalse();
	}

	@Test
	void in_continuous_mode_new_quotes_rerun_the_analysis() throws Exception {
		Files.deleteIfExists(FILE);
		SeededStore.create(FILE, 3, Duration.ofDays(2), END);
		this.market.evictCache();
		PredictionsView view = open("crypto=bitcoin&mode=continuous");
		PredictionsViewTest.settle(view);
		assertThat(view.shown().result().asOf()).isEqualTo(END);

		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + FILE);
				Statement statement = connection.createStatement()) {
			statement.execute("""
					INSERT INTO crypto_prices SELECT asset_id, name, symbol, price * 1.01, percent_change_24h,
					       market_cap, volume_24h, source, timestamp + INTERVAL 5 MINUTE,
					       fetched_at + INTERVAL 5 MINUTE, ingested_at + INTERVAL 5 MINUTE
					FROM crypto_prices WHERE timestamp = (SELECT max(timestamp) FROM crypto_prices)""");
		}
		this.market.evictCache();
		view.checkForNewData();
		PredictionsViewTest.settle(view);

		assertThat(view.shown().result().asOf()).isEqualTo(END.plus(Duration.ofMinutes(5)));
	}

	@Test
	void in_manual_mode_new_quotes_wait_for_the_button() throws Exception {
		Files.deleteIfExists(FILE);
		SeededStore.create(FILE, 3, Duration.ofDays(2), END);
		this.market.evictCache();
		PredictionsView view = open("crypto=bitcoin&mode=manual");
		PredictionsViewTest.settle(view);
		var before = view.shown();
		view.checkForNewData();
		VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
		assertThat(view.busy()).isFalse();
		assertThat(view.shown()).isSameAs(before);
	}

}
