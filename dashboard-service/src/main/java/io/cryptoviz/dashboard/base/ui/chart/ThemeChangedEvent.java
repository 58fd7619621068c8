package io.cryptoviz.dashboard.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user switches between light and dark. */
public final class ThemeChangedEvent extends ComponentEvent<UI> {

	private final ThemeMode mode;

	/**
	 * @param ui the UI whose theme changed
	 * @param mode the new theme
	 */
	public ThemeChangedEvent(UI ui, ThemeMode mode) {
		super(ui, true);
		this.mode = mode;
	}

	/**
	 * @return the new theme
	 */
	public ThemeMode mode() {
		return this.mode;
	}

}
