package io.cryptoviz.dashboard.predictions.ui;

import io.cryptoviz.dashboard.predictions.AnalysisWords;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.consensus.Signal;
import io.cryptoviz.ml.consensus.SignalBacking;

/**
 * The BUY / SELL / HOLD signal, colour-coded with its mean agreement (the original's
 * "confidence", explained as what it is), and right beside it the consensus track record:
 * nobody should read a signal without seeing whether the models beat "price stays the
 * same". A signal the evidence does not back is muted with the reason in one line; the
 * original's "educational only" line stays beside it.
 */
final class SignalBox extends Composite<Div> {

	final Span action = new Span();

	final Span confidence = new Span();

	final Span trackRecord = new Span();

	final Span verdict = new Span();

	final Span backing = new Span();

	final Span agreementHelp = new Span(getTranslation("predictions.signal.agreement-help"));

	final Span disclaimer = new Span(getTranslation("predictions.signal.disclaimer"));

	SignalBox() {
		Div box = getContent();
		box.setId("signal-box");
		box.addClassName("cv-signal-box");
		this.action.setId("signal-action");
		this.action.addClassName("cv-signal");
		this.confidence.setId("signal-confidence");
		this.trackRecord.setId("signal-track-record");
		this.verdict.setId("signal-verdict");
		this.verdict.addClassName("cv-verdict");
		this.backing.setId("signal-backing");
		this.agreementHelp.setId("signal-agreement-help");
		this.agreementHelp.addClassName("cv-help");
		this.disclaimer.setId("signal-disclaimer");
		this.disclaimer.addClassName("cv-help");
		Div signal = new Div(this.action, this.confidence, this.backing, this.agreementHelp, this.disclaimer);
		signal.addClassName("cv-signal-part");
		Div record = new Div(new Span(getTranslation("predictions.signal.track-record")), this.trackRecord,
				this.verdict);
		record.addClassName("cv-track-part");
		box.add(signal, record);
	}

	void show(AnalysisResult result) {
		Signal signal = result.signal();
		this.action.setText(getTranslation("predictions.signal." + signal.action().name().toLowerCase()));
		this.action.removeClassNames("cv-buy", "cv-sell", "cv-hold", "cv-muted", "cv-actionable");
		this.action.addClassName("cv-" + signal.action().name().toLowerCase());
		SignalBacking backing = result.signalBacking();
		SignalBacking.Reason reason = backing.reason();
		AnalysisWords words = new AnalysisWords(this::getTranslation, getLocale());
		this.action.addClassName((reason != null) ? "cv-muted" : "cv-actionable");
		this.backing
			.setText((reason != null) ? getTranslation("predictions.signal.not-actionable", words.backing(reason))
					: getTranslation("predictions.signal.actionable"));
		this.backing.removeClassNames("cv-help", "cv-beats");
		this.backing.addClassName((reason != null) ? "cv-help" : "cv-beats");
		this.confidence.setText(Double.isFinite(signal.meanConfidence())
				? getTranslation("predictions.signal.confidence",
						Decimals.format(signal.meanConfidence(), 0, getLocale()),
						Formats.percent(signal.changePercent(), getLocale()))
				: getTranslation("predictions.signal.no-consensus"));
		TrackRecord record = result.consensus().trackRecord();
		this.trackRecord.setText((record.origins() == 0) ? ""
				: getTranslation("predictions.signal.record", Decimals.format(record.relativeMae(), 3, getLocale()),
						Decimals.format(record.directionalAccuracyPercent(), 0, getLocale()),
						Decimals.format(record.upMovePercent(), 0, getLocale()), record.origins()));
		this.verdict.setText(words.verdict(record));
		this.verdict.removeClassNames("cv-beats", "cv-no-better");
		this.verdict.addClassName(record.beatsNaive() ? "cv-beats" : "cv-no-better");
	}

}
