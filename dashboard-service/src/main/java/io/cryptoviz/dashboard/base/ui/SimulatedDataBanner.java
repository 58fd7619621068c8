package io.cryptoviz.dashboard.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.cryptoviz.dashboard.base.pipeline.PipelineStatus;

/**
 * A loud bar above every page while the scraper polls the market simulator, so nobody
 * mistakes demo prices for the market.
 */
public final class SimulatedDataBanner extends Composite<Div> {

	private final Span text = new Span();

	SimulatedDataBanner() {
		getContent().addClassName("cv-simulated-banner");
		getContent().add(VaadinIcon.WARNING.create(), this.text);
		getContent().setVisible(false);
	}

	void show(PipelineStatus status) {
		this.text.setText(getTranslation("banner.simulated"));
		getContent().setVisible(status.simulated());
	}

	/**
	 * @return whether the banner is showing
	 */
	public boolean showing() {
		return getContent().isVisible();
	}

	/**
	 * @return the banner text
	 */
	public String text() {
		return this.text.getText();
	}

}
