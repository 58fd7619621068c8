package io.cryptoviz.dashboard.predictions.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.store.Asset;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.base.ui.StoreStateNotice;
import io.cryptoviz.dashboard.base.ui.ViewToolbar;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisExecutor;
import io.cryptoviz.dashboard.predictions.NoPricesException;
import io.cryptoviz.dashboard.predictions.PredictionService;
import io.cryptoviz.dashboard.predictions.UnknownAssetException;
import org.jspecify.annotations.Nullable;

/**
 * ML predictions for one crypto. The URL holds every setting (changes replace it, so a
 * link reproduces the view); analyses run off the UI thread, and results are labelled
 * outdated whenever they no longer match the settings shown.
 */
@Route("predictions")
@PermitAll
@PageTitle("title.predictions")
@Menu(order = 3, icon = "vaadin:lightbulb", title = "nav.predictions")
@StyleSheet("predictions.css")
final class PredictionsView extends VerticalLayout implements BeforeEnterObserver {

	private final PredictionService predictions;

	private final RefreshScheduler scheduler;

	private final AnalysisRunner runner;

	final StoreStateNotice notice;

	final CryptoButtons cryptos = new CryptoButtons(this::select);

	final ConfigPanel config;

	final Button analyze = new Button(getTranslation("predictions.analyze"), VaadinIcon.PLAY.create(), e -> run(false));

	final ProgressBar progress = new ProgressBar();

	final AnalysisDisplay display = new AnalysisDisplay();

	final ResultsPanel results = this.display.results;

	final PredictionChart chart = this.display.chart;

	final StatePanel state = this.display.state;

	private PageQuery query = PageQuery.DEFAULT;

	private List<Asset> assets = List.of();

	private @Nullable Registration newData;

	private final SourceCatalog sources;

	PredictionsView(PredictionService predictions, SourceCatalog sources, AnalysisExecutor executor,
			RefreshScheduler scheduler) {
		this.predictions = predictions;
		this.sources = sources;
		this.config = new ConfigPanel(sources, this::configure);
		this.scheduler = scheduler;
		this.runner = new AnalysisRunner(predictions, executor, scheduler);
		this.notice = new StoreStateNotice(scheduler);
		this.analyze.setId("analyze");
		this.analyze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.progress.setId("analysis-progress");
		this.progress.setIndeterminate(true);
		this.progress.setVisible(false);
		addClassName("cv-page");
		setPadding(false);
		add(new ViewToolbar(getTranslation("title.predictions"), this.analyze), this.notice, this.cryptos, this.config,
				this.progress, this.display);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		PageQueryCodec.Parsed parsed = PageQueryCodec.parse(event.getLocation().getQueryParameters().getParameters(),
				this.sources);
		this.query = parsed.query();
		if (!parsed.rejected().isEmpty()) {
			Notification.show(getTranslation("filters.rejected", parsed.rejectedList()), 6000,
					Notification.Position.TOP_CENTER);
		}
		StoreResult<List<Asset>> catalog = this.predictions.assets();
		this.assets = catalog.orElse(List.of());
		boolean ready = this.notice.show(catalog,
				() -> UI.getCurrent().navigate(PredictionsView.class, new QueryParameters(this.query.toParameters())));
		if (ready && this.assets.isEmpty()) {
			this.notice.show(new StoreResult.Waiting<>("no assets"), () -> {
			});
			ready = false;
		}
		for (var part : List.of(this.cryptos, this.config, this.analyze, this.results, this.state)) {
			part.setVisible(ready && (part != this.results || this.display.shown() != null));
		}
		if (!ready) {
			return;
		}
		String crypto = this.query.crypto();
		if (crypto == null || this.assets.stream().noneMatch(a -> a.assetId().equals(crypto))) {
			if (crypto != null) {
				Notification.show(getTranslation("filters.unknown", crypto), 6000, Notification.Position.TOP_CENTER);
			}
			this.query = this.query.withCrypto(this.assets.getFirst().assetId());
		}
		this.cryptos.show(this.assets, this.query.crypto());
		this.config.show(this.query);
		this.state.show(this.query.crypto(), this.assets.size());
		replaceUrl(event.getUI());
		run(false);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		this.newData = this.scheduler.everyAutoRefresh(() -> ui.access(this::checkForNewData));
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.runner.cancel();
		if (this.newData != null) {
			this.newData.remove();
			this.newData = null;
		}
	}

	private void select(String crypto) {
		configure(this.query.withCrypto(crypto));
	}

	private void configure(PageQuery next) {
		// Components echo their values back from the browser on first render; an
		// unchanged query must not start another analysis.
		if (next.equals(this.query)) {
			return;
		}
		this.query = next;
		this.cryptos.select(next.crypto());
		this.config.show(next);
		this.state.show(next.crypto(), this.assets.size());
		this.display.panels(next.panels());
		replaceUrl(UI.getCurrent());
		if (next.mode() == PageQuery.Mode.CONTINUOUS) {
			run(true);
		}
		else {
			this.display.label(this.query, this.runner.busy());
		}
	}

	private void run(boolean debounced) {
		UI ui = UI.getCurrent();
		var request = this.query.request(this.query.crypto());
		if (debounced) {
			this.runner.debounce(ui, request, this::finished);
		}
		else {
			this.runner.now(ui, request, this::finished);
		}
		this.progress.setVisible(true);
		this.display.label(this.query, true);
	}

	private void finished(AnalysisRunner.Finished finished) {
		this.progress.setVisible(false);
		if (finished.problem() != null) {
			String key = switch (finished.problem()) {
				case NoPricesException ex -> "predictions.no-prices";
				case UnknownAssetException ex -> "predictions.unknown";
				default -> "predictions.failed";
			};
			Notification.show(getTranslation(key, finished.request().assetId()), 6000, Notification.Position.MIDDLE);
		}
		else if (finished.result() != null && this.notice.show(finished.result(), () -> run(false))
				&& finished.result() instanceof StoreResult.Ready<Analysis>(Analysis analysis)) {
			this.display.show(analysis, this.query.panels());
		}
		this.display.label(this.query, this.runner.busy());
	}

	void checkForNewData() {
		Analysis shown = this.display.shown();
		if (this.query.mode() != PageQuery.Mode.CONTINUOUS || shown == null || this.runner.busy()) {
			return;
		}
		this.predictions.asset(shown.asset().assetId())
			.filter(asset -> asset.newest().isAfter(shown.asset().newest()))
			.ifPresent(asset -> run(false));
	}

	private void replaceUrl(UI ui) {
		ui.getPage()
			.getHistory()
			.replaceState(null, new Location("predictions", new QueryParameters(this.query.toParameters())));
	}

	/**
	 * @return the settings on screen, for tests
	 */
	PageQuery query() {
		return this.query;
	}

	/**
	 * @return whether an analysis is pending or running, for tests
	 */
	boolean busy() {
		return this.runner.busy();
	}

	/**
	 * @return the analysis on screen, for tests
	 */
	@Nullable Analysis shown() {
		return this.display.shown();
	}

}
