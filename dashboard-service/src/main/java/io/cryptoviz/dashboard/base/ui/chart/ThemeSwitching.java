package io.cryptoviz.dashboard.base.ui.chart;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The light/dark choice: a Lumo theme variant on the UI, remembered in the session so
 * every tab and every later page of this user starts in the same scheme.
 */
public final class ThemeSwitching {

	private ThemeSwitching() {
	}

	/**
	 * @param ui the UI
	 * @return the session's choice, light by default
	 */
	public static ThemeMode current(UI ui) {
		VaadinSession session = ui.getSession();
		ThemeMode mode = (session != null) ? session.getAttribute(ThemeMode.class) : null;
		return (mode != null) ? mode : ThemeMode.LIGHT;
	}

	/**
	 * Applies the session's choice to a new UI.
	 * @param ui the UI
	 */
	public static void apply(UI ui) {
		ui.getElement().getThemeList().set(Lumo.DARK, current(ui) == ThemeMode.DARK);
	}

	/**
	 * Switches the theme, remembers it and tells the charts.
	 * @param ui the UI
	 * @param mode the new theme
	 */
	public static void switchTo(UI ui, ThemeMode mode) {
		if (ui.getSession() != null) {
			ui.getSession().setAttribute(ThemeMode.class, mode);
		}
		apply(ui);
		ComponentUtil.fireEvent(ui, new ThemeChangedEvent(ui, mode));
	}

}
