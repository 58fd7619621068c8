package io.cryptoviz.dashboard.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.cryptoviz.dashboard.base.ui.chart.ThemeMode;
import io.cryptoviz.dashboard.base.ui.chart.ThemeSwitching;

/** Switches between Lumo's light and dark variants for this session. */
final class ThemeToggle extends Composite<Button> {

	ThemeToggle() {
		getContent().addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		getContent().setId("theme-toggle");
		getContent().addClickListener(click -> click.getSource().getUI().ifPresent(this::toggle));
	}

	@Override
	protected void onAttach(AttachEvent event) {
		label(ThemeSwitching.current(event.getUI()));
	}

	private void toggle(UI ui) {
		ThemeMode next = (ThemeSwitching.current(ui) == ThemeMode.DARK) ? ThemeMode.LIGHT : ThemeMode.DARK;
		ThemeSwitching.switchTo(ui, next);
		label(next);
	}

	private void label(ThemeMode mode) {
		boolean dark = mode == ThemeMode.DARK;
		getContent().setText(getTranslation(dark ? "theme.light" : "theme.dark"));
		getContent().setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
	}

}
