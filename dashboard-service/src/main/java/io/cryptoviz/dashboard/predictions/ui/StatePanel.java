package io.cryptoviz.dashboard.predictions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;

/**
 * The current state, collapsed by default: selected crypto, cryptos available, and the
 * parameters, time and duration of the last analysis.
 */
final class StatePanel extends Composite<Details> {

	final Span selected = new Span();

	final Span available = new Span();

	final Span parameters = new Span();

	final Span ranAt = new Span();

	final Span took = new Span();

	StatePanel() {
		Details details = getContent();
		details.setId("current-state");
		details.setSummaryText(getTranslation("predictions.state"));
		details.setOpened(false);
		this.selected.setId("state-selected");
		this.available.setId("state-available");
		this.parameters.setId("state-parameters");
		this.ranAt.setId("state-ran-at");
		this.took.setId("state-took");
		details.add(row("predictions.state.selected", this.selected),
				row("predictions.state.available", this.available),
				row("predictions.state.parameters", this.parameters), row("predictions.state.ran-at", this.ranAt),
				row("predictions.state.took", this.took));
	}

	void show(String crypto, int cryptos) {
		this.selected.setText(crypto);
		this.available.setText(Integer.toString(cryptos));
	}

	void show(Analysis analysis) {
		AnalysisRequest request = analysis.request();
		this.parameters.setText(getTranslation("predictions.state.parameters.value", request.historyHours(),
				request.horizonHours(), getTranslation("predictions.source." + request.source().param()),
				request.models().maShort(), request.models().maLong(), request.models().momentumPeriod(),
				Decimals.format(analysis.lookback().toMinutes() / 1440.0, 1, getLocale())));
		this.ranAt.setText(Formats.utc(analysis.ranAt()));
		this.took.setText(getTranslation("predictions.state.took.value", analysis.took().toMillis()));
	}

	private Div row(String key, Span value) {
		Span label = new Span(getTranslation(key) + ": ");
		label.addClassName("cv-kpi-label");
		return new Div(label, value);
	}

}
