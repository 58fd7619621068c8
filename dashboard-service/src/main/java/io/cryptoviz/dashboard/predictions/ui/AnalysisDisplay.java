package io.cryptoviz.dashboard.predictions.ui;

import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.base.ui.StoreStateNotice;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import org.jspecify.annotations.Nullable;

/**
 * Runs the page's analyses and shows what each produces: progress, results, chart and the
 * current-state panel, or a message or store notice when there is no result. It keeps the
 * analysis shown, so it can tell whether that still matches the settings on screen and
 * label it outdated when it does not.
 */
final class AnalysisDisplay extends Composite<VerticalLayout> {

	final ProgressBar progress = new ProgressBar();

	final ResultsPanel results = new ResultsPanel();

	final PredictionChart chart = new PredictionChart();

	final StatePanel state = new StatePanel();

	private final AnalysisRunner runner;

	private final StoreStateNotice notice;

	private final Supplier<PageQuery> query;

	private @Nullable Analysis shown;

	private @Nullable Registration newData;

	/**
	 * @param runner runs analyses off the UI thread
	 * @param notice the page's store notice, for a store that cannot answer
	 * @param query the settings on screen, read whenever a run starts or ends
	 * @param scheduler ticks {@code onNewData} at every auto-refresh while attached
	 * @param onNewData checks for newer quotes
	 */
	AnalysisDisplay(AnalysisRunner runner, StoreStateNotice notice, Supplier<PageQuery> query,
			RefreshScheduler scheduler, Runnable onNewData) {
		this.runner = runner;
		this.notice = notice;
		this.query = query;
		this.progress.setId("analysis-progress");
		this.progress.setIndeterminate(true);
		this.progress.setVisible(false);
		getContent().setPadding(false);
		getContent().add(this.progress, this.results, this.chart, this.state);
		this.chart.setVisible(false);
		addAttachListener(attach -> {
			UI ui = attach.getUI();
			this.newData = scheduler.everyAutoRefresh(() -> ui.access(onNewData::run));
		});
		addDetachListener(detach -> {
			this.runner.cancel();
			if (this.newData != null) {
				this.newData.remove();
				this.newData = null;
			}
		});
	}

	/**
	 * Starts an analysis of the settings on screen.
	 * @param debounced whether to wait out a burst of changes (continuous mode)
	 */
	void run(boolean debounced) {
		UI ui = UI.getCurrent();
		AnalysisRequest request = request(this.query.get());
		if (debounced) {
			this.runner.debounce(ui, request, this::finished);
		}
		else {
			this.runner.now(ui, request, this::finished);
		}
		this.progress.setVisible(true);
		label(this.query.get());
	}

	/**
	 * Shows or hides indicator panels at once, without a new analysis.
	 * @param panels the panels to show
	 */
	void panels(Set<PageQuery.Panel> panels) {
		if (this.shown != null) {
			this.chart.show(this.shown, panels);
		}
	}

	/**
	 * Labels the shown results as current or not. They are current only while they match
	 * the settings on screen and no newer analysis is on its way; otherwise they stay
	 * visible, clearly labelled, rather than pass for current.
	 * @param query the settings on screen
	 */
	void label(PageQuery query) {
		if (this.shown == null || query.crypto() == null) {
			return;
		}
		boolean running = this.runner.busy();
		boolean current = !running && this.shown.request().equals(request(query));
		String key = (!running && query.mode() == PageQuery.Mode.MANUAL) ? "predictions.outdated.manual"
				: "predictions.outdated.running";
		this.results.outdated(current ? "" : getTranslation(key));
		this.chart.getElement().setAttribute("data-outdated", Boolean.toString(!current));
	}

	boolean busy() {
		return this.runner.busy();
	}

	@Nullable Analysis shown() {
		return this.shown;
	}

	/**
	 * @return the asset of the analysis on screen as it was then, or null
	 */
	@Nullable Asset shownAsset() {
		return (this.shown != null) ? this.shown.asset() : null;
	}

	private void finished(AnalysisRunner.Finished finished) {
		this.progress.setVisible(false);
		if (finished.problem() != null) {
			Notification.show(
					getTranslation(PredictionsPresenter.problemKey(finished.problem()), finished.request().assetId()),
					6000, Notification.Position.MIDDLE);
		}
		else if (finished.result() != null && this.notice.show(finished.result(), () -> run(false))
				&& finished.result() instanceof StoreResult.Ready<Analysis>(Analysis analysis)) {
			show(analysis, this.query.get().panels());
		}
		label(this.query.get());
	}

	private void show(Analysis analysis, Set<PageQuery.Panel> panels) {
		this.shown = analysis;
		this.results.show(analysis);
		this.chart.show(analysis, panels);
		this.chart.setVisible(true);
		this.state.show(analysis);
	}

	private static AnalysisRequest request(PageQuery query) {
		String crypto = query.crypto();
		if (crypto == null) {
			throw new IllegalStateException("no crypto chosen before an analysis");
		}
		return query.request(crypto);
	}

}
