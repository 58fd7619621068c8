package io.cryptoviz.dashboard.predictions.ui;

import io.cryptoviz.dashboard.predictions.AnalysisWords;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.consensus.Signal;

/**
 * The BUY / SELL / HOLD signal, colour-coded with its mean confidence, and right beside
 * it the consensus track record: nobody should read a signal without seeing whether the
 * models beat "price stays the same".
 */
final class SignalBox extends Composite<Div> {

	final Span action = new Span();

	final Span confidence = new Span();

	final Span trackRecord = new Span();

	final Span verdict = new Span();

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
		Div signal = new Div(this.action, this.confidence);
		signal.addClassName("cv-signal-part");
		Div record = new Div(new Span(getTranslation("predictions.signal.track-record")), this.trackRecord,
				this.verdict);
		record.addClassName("cv-track-part");
		box.add(signal, record);
	}

	void show(AnalysisResult result) {
		Signal signal = result.signal();
		this.action.setText(getTranslation("predictions.signal." + signal.action().name().toLowerCase()));
		this.action.removeClassNames("cv-buy", "cv-sell", "cv-hold");
		this.action.addClassName("cv-" + signal.action().name().toLowerCase());
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
		this.verdict.setText(new AnalysisWords(this::getTranslation, getLocale()).verdict(record));
		this.verdict.removeClassNames("cv-beats", "cv-no-better");
		this.verdict.addClassName(record.beatsNaive() ? "cv-beats" : "cv-no-better");
	}

}
