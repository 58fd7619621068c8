package io.cryptoviz.dashboard.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/**
 * Switches the session's language and rebuilds the current page in it; the URL keeps
 * every filter, so nothing is lost.
 */
final class LanguageSelect extends Composite<Select<Locale>> {

	LanguageSelect(List<Locale> locales) {
		Select<Locale> select = getContent();
		select.setId("language-select");
		select.setItems(locales);
		select.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
		select.setWidth("10em");
		select.addValueChangeListener(change -> {
			if (change.isFromClient() && change.getValue() != null) {
				select.getUI().ifPresent(ui -> switchTo(ui, change.getValue()));
			}
		});
	}

	@Override
	protected void onAttach(AttachEvent event) {
		getContent().setAriaLabel(getTranslation("language.label"));
		Locale current = event.getUI().getLocale();
		getContent().getListDataView()
			.getItems()
			.filter(locale -> locale.getLanguage().equals(current.getLanguage()))
			.findFirst()
			.ifPresent(getContent()::setValue);
	}

	static void switchTo(UI ui, Locale locale) {
		if (ui.getSession() != null) {
			ui.getSession().setLocale(locale);
		}
		ui.setLocale(locale);
		ui.refreshCurrentRoute(true);
	}

}
