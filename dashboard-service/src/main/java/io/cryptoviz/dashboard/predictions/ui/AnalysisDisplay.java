package io.cryptoviz.dashboard.predictions.ui;

import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cryptoviz.dashboard.predictions.Analysis;
import org.jspecify.annotations.Nullable;

/**
 * Everything one analysis produces on screen: results, chart and the current-state panel.
 * It keeps the analysis shown, so it can tell whether that still matches the settings on
 * screen and label it outdated when it does not.
 */
final class AnalysisDisplay extends Composite<VerticalLayout> {

	final ResultsPanel results = new ResultsPanel();

	final PredictionChart chart = new PredictionChart();

	final StatePanel state = new StatePanel();

	private @Nullable Analysis shown;

	AnalysisDisplay() {
		getContent().setPadding(false);
		getContent().add(this.results, this.chart, this.state);
		this.chart.setVisible(false);
	}

	void show(Analysis analysis, Set<PageQuery.Panel> panels) {
		this.shown = analysis;
		this.results.show(analysis);
		this.chart.show(analysis, panels);
		this.chart.setVisible(true);
		this.state.show(analysis);
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
	 * @param running whether a newer analysis is pending or running
	 */
	void label(PageQuery query, boolean running) {
		if (this.shown == null || query.crypto() == null) {
			return;
		}
		boolean current = !running && this.shown.request().equals(query.request(query.crypto()));
		String key = (!running && query.mode() == PageQuery.Mode.MANUAL) ? "predictions.outdated.manual"
				: "predictions.outdated.running";
		this.results.outdated(current ? "" : getTranslation(key));
		this.chart.getElement().setAttribute("data-outdated", Boolean.toString(!current));
	}

	@Nullable Analysis shown() {
		return this.shown;
	}

}
