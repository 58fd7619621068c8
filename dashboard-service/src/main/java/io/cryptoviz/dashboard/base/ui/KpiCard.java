package io.cryptoviz.dashboard.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled number: total records, cryptos tracked, last update and the like. */
public final class KpiCard extends Composite<Div> {

	private final Span value = new Span("–");

	private final Span hint = new Span();

	/**
	 * @param id stable id for tests and page objects
	 * @param label caption, already translated
	 */
	public KpiCard(String id, String label) {
		Span caption = new Span(label);
		caption.addClassName("cv-kpi-label");
		this.value.addClassName("cv-kpi-value");
		this.hint.addClassName("cv-kpi-hint");
		getContent().addClassName("cv-kpi");
		getContent().setId(id);
		getContent().add(caption, this.value, this.hint);
	}

	/**
	 * @param text the value
	 * @param hintText a second line, or empty
	 */
	public void show(String text, String hintText) {
		this.value.setText(text);
		this.hint.setText(hintText);
		this.hint.setVisible(!hintText.isEmpty());
	}

	/**
	 * Colours the value: one of {@code cv-fresh}, {@code cv-late}, {@code cv-stale}, or
	 * none.
	 * @param tone the CSS class, or empty
	 */
	public void tone(String tone) {
		this.value.removeClassNames("cv-fresh", "cv-late", "cv-stale");
		if (!tone.isEmpty()) {
			this.value.addClassName(tone);
		}
	}

	/**
	 * @return the shown value
	 */
	public String value() {
		return this.value.getText();
	}

	/**
	 * @return the shown tone class, or empty
	 */
	public String toneClass() {
		return this.value.getClassNames()
			.stream()
			.filter(c -> c.startsWith("cv-") && !c.equals("cv-kpi-value"))
			.findFirst()
			.orElse("");
	}

}
