package io.cryptoviz.dashboard.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * One line per page in the menu, with a link and what it is for. Built from the menu, so
 * a new page appears here once it has a {@code guide.<menu title key>} translation.
 */
final class PageGuide extends Composite<UnorderedList> {

	private final String sources;

	/**
	 * @param sources the configured sources' labels as a sentence ("CoinGecko and
	 * CoinMarketCap"), for descriptions that name them
	 */
	PageGuide(String sources) {
		this.sources = sources;
		getContent().setId("page-guide");
		getContent().addClassName("cv-guide");
		MenuConfiguration.getMenuEntries()
			.stream()
			.filter(entry -> !entry.path().isEmpty())
			.forEach(entry -> getContent().add(item(entry)));
	}

	private ListItem item(MenuEntry entry) {
		Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
		String key = "guide." + entry.title();
		String description = getTranslation(key, this.sources);
		return new ListItem(link, new Span(" — " + (description.contains(key) ? "" : description)));
	}

}
