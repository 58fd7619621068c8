package io.cryptoviz.dashboard;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.cryptoviz.dashboard.base.ui.StoreStateNotice;
import io.cryptoviz.dashboard.base.ui.chart.ApexChart;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Right after the first start nothing is stored yet: every page says so calmly. */
@SpringBootTest
@ViewPackages(packages = "io.cryptoviz.dashboard")
class EmptyStoreViewTest extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", () -> "target/no-such-dir/never-written.duckdb");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "dashboard", "dashboard?mode=compare&period=7d" })
	void a_missing_store_shows_waiting_for_first_data(String location) {
		int query = location.indexOf('?');
		UI.getCurrent()
			.navigate((query < 0) ? location : location.substring(0, query),
					(query < 0) ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1)));
		assertThat($(StoreStateNotice.class).single().titleText()).isEqualTo("Waiting for first data");
		assertThat($(ApexChart.class).all()).allSatisfy(chart -> assertThat(chart.isVisible()).isFalse());
	}

}
