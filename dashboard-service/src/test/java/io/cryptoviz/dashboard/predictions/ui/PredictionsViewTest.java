package io.cryptoviz.dashboard.predictions.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.cryptoviz.dashboard.predictions.MalformedInputs;
import io.cryptoviz.dashboard.predictions.PredictionsStore;
import io.cryptoviz.dashboard.base.source.ShippedSources;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.ml.model.Model;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The predictions page without a browser, against a seeded store: analyses really run on
 * the background executor, and the tests pump the UI until their results arrive.
 */
@SpringBootTest
@ViewPackages(classes = PredictionsView.class)
class PredictionsViewTest extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	PredictionsView open(String query) {
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				parameters.put(decode(parts[0]), (parts.length > 1) ? decode(parts[1]) : "");
			}
		}
		UI.getCurrent().navigate("predictions", com.vaadin.flow.router.QueryParameters.simple(parameters));
		PredictionsView view = (PredictionsView) getCurrentView();
		settle(view);
		return view;
	}

	static String decode(String text) {
		return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Runs UI access tasks until no analysis is pending (debounce included). */
	static void settle(PredictionsView view) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		do {
			pause();
			pump();
		}
		while ((view.busy() || view.shown() == null) && System.nanoTime() < deadline);
		assertThat(view.busy()).as("analysis still running after 20 s").isFalse();
	}

	/**
	 * Runs the {@link UI#access} tasks the background analyses queued: the test thread
	 * holds the session lock throughout, so nothing else would run them.
	 */
	static void pump() {
		VaadinSession session = VaadinSession.getCurrent();
		session.getService().runPendingAccessTasks(session);
		roundTrip();
	}

	static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * @return the URL the page wrote with replaceState: the query it shows, encoded
	 */
	static String url(PredictionsView view) {
		return "predictions?" + new QueryParameters(view.query().toParameters()).getQueryString();
	}

	@Nested
	class Crypto_buttons {

		@Test
		void there_is_one_button_per_tracked_crypto_and_the_first_is_selected() {
			PredictionsView view = open("");
			assertThat(view.cryptos.buttons()).hasSize(PredictionsStore.ASSETS);
			assertThat(view.cryptos.selected()).isEqualTo("bitcoin");
			assertThat(view.cryptos.buttons().getFirst().getThemeNames())
				.contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
			assertThat(view.shown().asset().assetId()).isEqualTo("bitcoin");
		}

		@Test
		void clicking_a_button_highlights_it_and_analyses_that_crypto() {
			PredictionsView view = open("");
			Button solana = button(view, "solana");
			test(solana).click();
			settle(view);
			assertThat(solana.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
			assertThat(button(view, "bitcoin").getThemeNames())
				.doesNotContain(ButtonVariant.LUMO_PRIMARY.getVariantName());
			assertThat(view.shown().asset().assetId()).isEqualTo("solana");
			assertThat(url(view)).contains("crypto=solana");
		}

		@Test
		void stablecoins_are_marked() {
			PredictionsView view = open("crypto=tether");
			assertThat(button(view, "tether").getElement().toString()).contains("cv-stablecoin");
			assertThat(button(view, "bitcoin").getElement().toString()).doesNotContain("cv-stablecoin");
			assertThat(view.results.stablecoin.isVisible()).isTrue();
		}

		Button button(PredictionsView view, String id) {
			return view.cryptos.buttons()
				.stream()
				.filter(b -> b.getId().orElseThrow().equals("crypto-" + id))
				.findFirst()
				.orElseThrow();
		}

	}

	@Nested
	class Modes {

		@Test
		void continuous_mode_reruns_after_a_change() {
			PredictionsView view = open("crypto=ethereum&mode=continuous");
			var before = view.shown();
			test(view.config.horizon).setValue(12);
			assertThat(view.results.outdated.isVisible()).as("old result labelled while the new one runs").isTrue();
			settle(view);
			assertThat(view.shown()).isNotSameAs(before);
			assertThat(view.shown().request().horizonHours()).isEqualTo(12);
			assertThat(view.shown().result().steps()).isEqualTo(144);
			assertThat(view.results.outdated.isVisible()).isFalse();
		}

		@Test
		void manual_mode_waits_for_the_analyze_button() {
			PredictionsView view = open("crypto=ethereum&mode=manual");
			var before = view.shown();
			test(view.config.history).setValue(48);
			for (int i = 0; i < 25; i++) {
				pause();
				pump();
			}
			assertThat(view.shown()).isSameAs(before);
			assertThat(view.results.outdated.isVisible()).isTrue();
			assertThat(view.results.outdated.getText()).contains("Press Analyze");
			test(view.analyze).click();
			settle(view);
			assertThat(view.shown().request().historyHours()).isEqualTo(48);
			assertThat(view.results.outdated.isVisible()).isFalse();
		}

		@Test
		void ma_long_is_raised_along_with_ma_short() {
			PredictionsView view = open("mode=manual&ma_long=22");
			test(view.config.maShort).setValue(28);
			assertThat(view.query().models().maLong()).isEqualTo(28);
			assertThat(view.config.maLong.getValue()).isEqualTo(28);
		}

	}

	@Nested
	class Url {

		@Test
		void every_setting_round_trips_through_the_url() {
			String query = "crypto=cardano&history=48&horizon=6&source=coingecko&mode=manual&ma_short=10&ma_long=40&momentum=7&panels=rsi,macd";
			PredictionsView view = open(query);
			assertThat(view.query()).isEqualTo(PageQueryCodec.parse(Map.of(), ShippedSources.catalog())
				.query()
				.withCrypto("cardano")
				.withSettings(48, 6, SourceSelection.of(io.cryptoviz.model.Source.COINGECKO),
						new io.cryptoviz.ml.model.ModelSettings(10, 40, 7, 10))
				.withMode(PageQuery.Mode.MANUAL)
				.withPanels(java.util.Set.of(PageQuery.Panel.RSI, PageQuery.Panel.MACD)));
			assertThat(view.config.history.getValue()).isEqualTo(48);
			assertThat(view.config.source.getValue())
				.isEqualTo(SourceSelection.of(io.cryptoviz.model.Source.COINGECKO));
			assertThat(view.chart.panel(PageQuery.Panel.RSI).isVisible()).isTrue();
			assertThat(view.query().toParameters()).isEqualTo(QueryParameters.fromString(query).getParameters());
		}

		@Test
		void invalid_values_fall_back_to_defaults_and_the_url_is_corrected() {
			PredictionsView view = open(
					"crypto=NOT%20AN%20ID&history=999&horizon=abc&source=x&mode=turbo&ma_short=1&panels=foo");
			assertThat(view.query().withCrypto("bitcoin")).isEqualTo(PageQuery.DEFAULT.withCrypto("bitcoin"));
			assertThat(view.query().toParameters()).isEqualTo(QueryParameters.fromString(
					"crypto=bitcoin&history=24&horizon=4&source=all&mode=continuous&ma_short=20&ma_long=50&momentum=14")
				.getParameters());
			assertThat(view.shown()).isNotNull();
		}

		@Test
		void an_unknown_crypto_falls_back_to_the_first() {
			PredictionsView view = open("crypto=no-such-coin");
			assertThat(view.cryptos.selected()).isEqualTo("bitcoin");
		}

	}

	@Nested
	class Results {

		@Test
		void a_model_without_enough_data_is_explained_not_failed() {
			PredictionsView view = open("crypto=bitcoin&history=6&ma_long=100");
			assertThat(view.results.insufficientTexts())
				.containsExactly("MA long: needs 100 points, has 72: widen the history or wait");
			assertThat(view.results.table.rows()).hasSize(6);
			assertThat(view.results.table.rows().get(1).label()).isEqualTo("MA long");
		}

		@Test
		void the_signal_is_shown_beside_the_consensus_track_record() {
			PredictionsView view = open("crypto=solana");
			var result = view.shown().result();
			assertThat(view.results.signal.action.getText()).isEqualTo(result.signal().action().name());
			assertThat(view.results.signal.confidence.getText()).startsWith("mean agreement ");
			assertThat(view.results.signal.trackRecord.getText()).contains("relative MAE")
				.contains(String.format(java.util.Locale.ENGLISH, "%,d origins",
						result.consensus().trackRecord().origins()));
			assertThat(view.results.signal.verdict.getText())
				.isEqualTo(io.cryptoviz.dashboard.predictions.AnalysisWords.english()
					.verdict(result.consensus().trackRecord()))
				.containsPattern("price-stays-the-same|no track record yet");
			assertThat(view.results.signal.getElement().getParent())
				.isEqualTo(view.results.table.getElement().getParent());
		}

		@Test
		void a_signal_the_evidence_does_not_back_is_muted_with_the_reason_in_one_line() {
			PredictionsView view = open("crypto=solana");
			var backing = view.shown().result().signalBacking();
			assertThat(backing.actionable()).isFalse();
			assertThat(view.results.signal.action.getClassNames()).contains("cv-muted").doesNotContain("cv-actionable");
			assertThat(view.results.signal.backing.getText()).isEqualTo("Not actionable: "
					+ io.cryptoviz.dashboard.predictions.AnalysisWords.english().backing(backing.reason()) + ".");
		}

		@Test
		void the_agreement_is_explained_and_the_disclaimer_sits_beside_the_signal() {
			PredictionsView view = open("crypto=solana");
			assertThat(view.results.signal.agreementHelp.getText()).contains("models agree")
				.contains("not how accurate");
			assertThat(view.results.signal.disclaimer.getText()).isEqualTo("Educational only, not financial advice.");
			assertThat(view.results.signal.disclaimer.getElement().getParent())
				.isEqualTo(view.results.signal.action.getElement().getParent());
		}

		@Test
		void the_header_names_the_crypto_and_the_settings_and_the_chart_title_its_axes() {
			PredictionsView view = open("crypto=bitcoin&history=12&horizon=2");
			var asset = view.shown().asset();
			assertThat(view.results.heading.getText())
				.isEqualTo(asset.name() + " (" + asset.symbol().toUpperCase() + ")");
			assertThat(view.results.settings.getText()).startsWith("history 12 h, horizon 2 h, source ");
			assertThat(view.chart.title.getText())
				.isEqualTo(asset.name() + " (" + asset.symbol().toUpperCase() + "): price and forecasts 2 h ahead");
			assertThat(view.chart.main.options().xaxis().title().text()).isEqualTo("Time (UTC)");
			assertThat(view.chart.main.options().yaxis().getFirst().title().text()).isEqualTo("USD");
		}

		@Test
		void the_table_shows_each_range_and_how_often_it_held_in_the_backtest() {
			PredictionsView view = open("crypto=bitcoin");
			var consensus = view.results.table.rows().get(4);
			var forecast = (io.cryptoviz.ml.analysis.Outcome.Forecast) consensus.outcome();
			var interval = forecast.interval80();
			assertThat(interval).isNotNull();
			assertThat(view.results.table.interval(consensus, consensus.record().interval80(),
					io.cryptoviz.ml.analysis.Outcome.Forecast::interval80))
				.isEqualTo(
						String.format(java.util.Locale.ENGLISH, "$%,.0f – $%,.0f", interval.lower(), interval.upper()));
			assertThat(consensus.record().interval80().coverage()).isBetween(0.0, 1.0);
		}

		@Test
		void below_the_minimum_number_of_errors_no_range_is_shown_and_the_cell_says_why() {
			PredictionsView view = open("crypto=bitcoin");
			var row = view.results.table.rows().get(4);
			var few = new io.cryptoviz.ml.backtest.IntervalRecord(0.95, 25, 40, Double.NaN, Double.NaN, Double.NaN, 0);
			assertThat(view.results.table.interval(row, few, f -> null)).isEqualTo("none: 25 past errors, needs 40");
		}

		@Test
		void the_chart_draws_the_consensus_80_and_95_percent_bands_ending_at_the_measured_ranges() {
			PredictionsView view = open("crypto=bitcoin");
			var forecast = (io.cryptoviz.ml.analysis.Outcome.Forecast) view.shown().result().consensus().outcome();
			var bands = view.chart.main.series().stream().filter(s -> s.type().equals("rangeArea")).toList();
			assertThat(bands).extracting(s -> s.name()).containsExactly("Consensus 80 % range", "Consensus 95 % range");
			var end80 = bands.get(0).ranges().getLast();
			assertThat(end80.lower()).isCloseTo(forecast.interval80().lower(),
					org.assertj.core.data.Offset.offset(1e-6));
			assertThat(end80.upper()).isCloseTo(forecast.interval80().upper(),
					org.assertj.core.data.Offset.offset(1e-6));
			assertThat(bands.get(1).ranges().getLast().upper()).isGreaterThan(end80.upper());
			assertThat(bands.get(0).ranges().getFirst().lower())
				.isEqualTo(view.shown().result().metrics().currentPrice());
		}

		@Test
		void the_table_has_every_model_the_consensus_and_the_naive_baseline() {
			PredictionsView view = open("crypto=ripple");
			assertThat(view.results.table.rows().stream().map(PredictionTable.Row::label)).containsExactly("MA short",
					"MA long", "Trend", "Momentum", "Consensus", "Price stays the same");
			assertThat(view.results.table.rows().get(5).record())
				.isEqualTo(view.shown().result().model(Model.NAIVE).trackRecord());
		}

		@Test
		void the_chart_draws_price_overlays_every_forecast_and_the_consensus_with_a_now_marker() {
			PredictionsView view = open("crypto=bitcoin");
			List<String> names = view.chart.main.series().stream().map(s -> s.name()).toList();
			assertThat(names).containsExactly("Price", "MA short", "MA long", "Trend line", "MA short forecast",
					"MA long forecast", "Trend forecast", "Momentum forecast", "Consensus", "Consensus 80 % range",
					"Consensus 95 % range");
			assertThat(view.chart.main.options().annotations().xaxis()).singleElement()
				.satisfies(marker -> assertThat(marker.x()).isEqualTo(PredictionsStore.END.toEpochMilli()));
		}

		@Test
		void the_state_panel_is_collapsed_and_describes_the_last_run() {
			PredictionsView view = open("crypto=bitcoin&history=12");
			assertThat(view.state.getContent().isOpened()).isFalse();
			assertThat(view.state.available.getText()).isEqualTo("12");
			assertThat(view.state.parameters.getText()).startsWith("history 12 h, horizon 4 h");
			assertThat(view.state.took.getText()).endsWith(" ms");
		}

	}

	@Test
	void no_malformed_url_breaks_the_page_and_every_value_stays_in_range() {
		for (Map<String, String> parameters : MalformedInputs.combinations(200, 17)) {
			UI.getCurrent().navigate("predictions", QueryParameters.simple(parameters));
			PredictionsView view = (PredictionsView) getCurrentView();
			PageQuery query = view.query();
			assertThat(query.history()).as("%s", parameters).isBetween(6, 72);
			assertThat(query.horizon()).as("%s", parameters).isBetween(1, 24);
			assertThat(query.models().maLong()).as("%s", parameters).isGreaterThanOrEqualTo(query.models().maShort());
			assertThat(view.cryptos.selected()).as("%s", parameters).isNotEmpty();
		}
		settle((PredictionsView) getCurrentView());
		assertThat(((PredictionsView) getCurrentView()).shown()).isNotNull();
	}

	@Test
	void no_english_sentence_reaches_the_french_page() {
		UI.getCurrent().setLocale(java.util.Locale.FRENCH);
		PredictionsView view = open("crypto=solana&history=6&ma_long=100");
		var result = view.shown().result();
		var french = io.cryptoviz.dashboard.predictions.AnalysisWords.of(java.util.Locale.FRENCH);
		var english = io.cryptoviz.dashboard.predictions.AnalysisWords.english();
		var reason = result.signalBacking().reason();
		assertThat(reason).isNotNull();
		assertThat(result.warnings()).isNotEmpty();
		assertThat(view.results.signal.verdict.getText()).isEqualTo(french.verdict(result.consensus().trackRecord()))
			.isNotEqualTo(english.verdict(result.consensus().trackRecord()));
		assertThat(view.results.signal.backing.getText())
			.isEqualTo("Pas exploitable : " + french.backing(reason) + ".");
		assertThat(view.results.warnings.getChildren().map(c -> c.getElement().getText()))
			.containsExactlyElementsOf(result.warnings().stream().map(french::warning).toList())
			.doesNotContainAnyElementsOf(result.warnings().stream().map(english::warning).toList());
		List<String> shown = new java.util.ArrayList<>(List.of(view.results.signal.getElement().getTextRecursively(),
				view.results.heading.getText(), view.results.settings.getText(), view.chart.title.getText()));
		shown.addAll(view.results.warnings.getChildren().map(c -> c.getElement().getText()).toList());
		shown.addAll(view.results.insufficientTexts());
		var grid = test(view.results.table.grid());
		int columns = view.results.table.grid().getColumns().size();
		for (int column = 0; column < columns; column++) {
			shown.add(grid.getHeaderCell(column));
			for (int row = 0; row < grid.size(); row++) {
				shown.add(grid.getCellText(row, column));
			}
		}
		assertThat(shown).contains(french.verdict(result.consensus().trackRecord()), "Accord");
		assertThat(shown).noneMatch(text -> text.matches(
				"(?s).*\\b(price-stays-the-same|needs|not actionable|mean agreement|track record|Educational|insufficient|history|past errors|forecasts)\\b.*"));
	}

	@Test
	void french_strings_appear_with_the_french_locale() {
		UI.getCurrent().setLocale(java.util.Locale.FRENCH);
		PredictionsView view = open("crypto=bitcoin&history=6&ma_long=100");
		assertThat(view.analyze.getText()).isEqualTo("Analyser");
		assertThat(view.results.insufficientTexts().getFirst())
			.isEqualTo("MM longue : il faut 100 points, il y en a 72 : élargissez l’historique ou patientez");
	}

}
