package io.cryptoviz.dashboard.predictions.ui;

import io.cryptoviz.dashboard.predictions.AnalysisWords;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.dashboard.base.ui.KpiCard;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.analysis.ModelResult;
import io.cryptoviz.ml.analysis.Outcome;

/**
 * A header naming the crypto analysed and the settings, the metric cards, the signal
 * beside the consensus track record, the predictions table, per-model explanations of
 * missing forecasts and ml-core's caveats.
 */
final class ResultsPanel extends Composite<VerticalLayout> {

	final H2 heading = new H2();

	final Span settings = new Span();

	final KpiCard price = new KpiCard("metric-price", getTranslation("predictions.metric.price"));

	final KpiCard variation = new KpiCard("metric-variation", getTranslation("predictions.metric.variation"));

	final KpiCard volatility = new KpiCard("metric-volatility", getTranslation("predictions.metric.volatility"));

	final KpiCard points = new KpiCard("metric-points", getTranslation("predictions.metric.points"));

	final Paragraph stablecoin = new Paragraph(getTranslation("predictions.stablecoin.notice"));

	final Paragraph outdated = new Paragraph();

	final SignalBox signal = new SignalBox();

	final PredictionTable table = new PredictionTable();

	final UnorderedList insufficient = new UnorderedList();

	final UnorderedList warnings = new UnorderedList();

	ResultsPanel() {
		VerticalLayout layout = getContent();
		layout.setId("results");
		layout.setPadding(false);
		this.stablecoin.setId("stablecoin-notice");
		this.stablecoin.addClassName("cv-notice");
		this.outdated.setId("outdated-notice");
		this.outdated.addClassName("cv-notice");
		this.insufficient.setId("insufficient-data");
		this.warnings.setId("warnings");
		this.warnings.addClassName("cv-warnings");
		this.heading.setId("predictions-heading");
		this.settings.setId("predictions-settings");
		this.settings.addClassName("cv-help");
		Div header = new Div(this.heading, this.settings);
		header.addClassName("cv-predictions-header");
		Div cards = new Div(this.price, this.variation, this.volatility, this.points);
		cards.addClassName("cv-kpi-row");
		layout.add(header, this.outdated, this.stablecoin, cards, this.signal, this.table, this.insufficient,
				this.warnings);
		layout.setVisible(false);
	}

	void show(Analysis analysis) {
		AnalysisResult result = analysis.result();
		AnalysisRequest request = analysis.request();
		this.heading.setText(getTranslation("predictions.header", analysis.asset().name(),
				analysis.asset().symbol().toUpperCase(java.util.Locale.ROOT)));
		this.settings.setText(getTranslation("predictions.header.settings", request.historyHours(),
				request.horizonHours(), getTranslation("predictions.source." + request.source().param()),
				request.models().maShort(), request.models().maLong(), request.models().momentumPeriod()));
		this.price.show(Formats.usd(result.metrics().currentPrice(), getLocale()), Formats.utc(result.asOf()));
		this.variation.show(Formats.percent(result.metrics().variationPercent(), getLocale()),
				getTranslation("predictions.metric.window", analysis.request().historyHours()));
		this.volatility.show(Decimals.format(result.metrics().volatilityPercent(), 2, getLocale()) + " %", "");
		this.points.show(Formats.count(result.metrics().points(), getLocale()),
				getTranslation("predictions.metric.lookback",
						Decimals.format(analysis.lookback().toMinutes() / 1440.0, 1, getLocale())));
		this.stablecoin.setVisible(analysis.stablecoin());
		this.signal.show(result);
		this.table.show(result);
		this.insufficient.removeAll();
		for (ModelResult model : result.models()) {
			if (model.outcome() instanceof Outcome.Unavailable why) {
				this.insufficient.add(new ListItem(explain(model, why, analysis)));
			}
		}
		this.insufficient.setVisible(this.insufficient.getChildren().findAny().isPresent());
		this.warnings.removeAll();
		AnalysisWords words = new AnalysisWords(this::getTranslation, getLocale());
		result.warnings().forEach(w -> this.warnings.add(new ListItem(words.warning(w))));
		this.warnings.setVisible(!result.warnings().isEmpty());
		getContent().setVisible(true);
	}

	/**
	 * Marks the shown results as belonging to other settings (or hides the mark).
	 * @param text the notice, or empty when the results match the current settings
	 */
	void outdated(String text) {
		this.outdated.setText(text);
		this.outdated.setVisible(!text.isEmpty());
		getContent().getElement().setAttribute("data-outdated", Boolean.toString(!text.isEmpty()));
	}

	/**
	 * @return the explanations shown for models without a forecast
	 */
	List<String> insufficientTexts() {
		return this.insufficient.getChildren().map(c -> c.getElement().getText()).toList();
	}

	private String explain(ModelResult model, Outcome.Unavailable why, Analysis analysis) {
		String name = this.table.label(model.model());
		if (why.reason() != Outcome.Unavailable.Reason.INSUFFICIENT_DATA) {
			return name + ": " + new AnalysisWords(this::getTranslation, getLocale()).reason(why);
		}
		return getTranslation("predictions.insufficient", name,
				analysis.request().models().requiredPoints(model.model()), analysis.result().metrics().points());
	}

}
