package io.cryptoviz.dashboard.predictions.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.base.ui.StoreStateNotice;
import io.cryptoviz.dashboard.base.ui.ViewToolbar;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisExecutor;
import io.cryptoviz.dashboard.predictions.PredictionService;
import org.jspecify.annotations.Nullable;

/**
 * ML predictions for one crypto. The URL holds every setting (changes replace it, so a
 * link reproduces the view). {@link PredictionsPresenter} holds the settings and decides
 * what to show; {@link AnalysisDisplay} runs the analyses and shows their outcome.
 */
@Route("predictions")
@PermitAll
@PageTitle("title.predictions")
@Menu(order = 3, icon = "vaadin:lightbulb", title = "nav.predictions")
@StyleSheet("predictions.css")
final class PredictionsView extends VerticalLayout implements BeforeEnterObserver {

	private final PredictionService predictions;

	private final PredictionsPresenter presenter;

	final StoreStateNotice notice;

	final CryptoButtons cryptos = new CryptoButtons(crypto -> configure(query().withCrypto(crypto)));

	final ConfigPanel config;

	final Button analyze = new Button(getTranslation("predictions.analyze"), VaadinIcon.PLAY.create());

	final AnalysisDisplay display;

	final ResultsPanel results;

	final PredictionChart chart;

	final StatePanel state;

	PredictionsView(PredictionService predictions, SourceCatalog sources, AnalysisExecutor executor,
			RefreshScheduler scheduler) {
		this.predictions = predictions;
		this.presenter = new PredictionsPresenter(sources);
		this.config = new ConfigPanel(sources, this::configure);
		this.notice = new StoreStateNotice(scheduler);
		this.display = new AnalysisDisplay(new AnalysisRunner(predictions, executor, scheduler), this.notice,
				this::query, scheduler, this::checkForNewData);
		this.results = this.display.results;
		this.chart = this.display.chart;
		this.state = this.display.state;
		this.analyze.setId("analyze");
		this.analyze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.analyze.addClickListener(click -> this.display.run(false));
		addClassName("cv-page");
		setPadding(false);
		add(new ViewToolbar(getTranslation("title.predictions"), this.analyze), this.notice, this.cryptos, this.config,
				this.display);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		StoreResult<List<Asset>> catalog = this.predictions.assets();
		var entry = this.presenter.enter(event.getLocation().getQueryParameters().getParameters(), catalog);
		if (!entry.rejected().isEmpty()) {
			notify("filters.rejected", String.join(", ", entry.rejected()));
		}
		boolean ready = (entry.state() == PredictionsPresenter.State.NO_ASSETS) ? this.notice.showWaiting()
				: this.notice.show(catalog, () -> UI.getCurrent()
					.navigate(PredictionsView.class, new QueryParameters(query().toParameters())));
		for (var part : List.of(this.cryptos, this.config, this.analyze, this.results, this.state)) {
			part.setVisible(ready && (part != this.results || this.display.shown() != null));
		}
		if (!ready) {
			return;
		}
		if (entry.unknownCrypto() != null) {
			notify("filters.unknown", entry.unknownCrypto());
		}
		this.cryptos.show(this.presenter.assets(), query().crypto());
		this.config.show(query());
		this.state.show(query().crypto(), this.presenter.available());
		replaceUrl(event.getUI());
		this.display.run(false);
	}

	private void configure(PageQuery next) {
		if (!this.presenter.change(next)) {
			return;
		}
		this.cryptos.select(next.crypto());
		this.config.show(next);
		this.state.show(next.crypto(), this.presenter.available());
		this.display.panels(next.panels());
		replaceUrl(UI.getCurrent());
		if (this.presenter.continuous()) {
			this.display.run(true);
		}
		else {
			this.display.label(next);
		}
	}

	void checkForNewData() {
		if (this.presenter.rerunForNewData(this.display.shownAsset(), this.display.busy(), this.predictions::asset)) {
			this.display.run(false);
		}
	}

	private void notify(String key, String value) {
		Notification.show(getTranslation(key, value), 6000, Notification.Position.TOP_CENTER);
	}

	private void replaceUrl(UI ui) {
		ui.getPage()
			.getHistory()
			.replaceState(null, new Location("predictions", new QueryParameters(query().toParameters())));
	}

	/** The settings on screen (also for tests). */
	PageQuery query() {
		return this.presenter.query();
	}

	/** For tests: whether an analysis is pending or running. */
	boolean busy() {
		return this.display.busy();
	}

	/** For tests: the analysis on screen. */
	@Nullable Analysis shown() {
		return this.display.shown();
	}

}
