package io.cryptoviz.dashboard.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * One entry per page in the menu: a link, what it is for and, from
 * {@code guide.<menu title key>.features} ("|"-separated), what it offers. Built from the
 * menu, so a new page appears here once it has a {@code guide.<menu title key>}
 * translation.
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
		ListItem item = new ListItem(link, new Span(" — " + (description.contains(key) ? "" : description)));
		String features = getTranslation(key + ".features", this.sources);
		if (!features.contains(key)) {
			UnorderedList list = new UnorderedList();
			for (String feature : features.split("\\s*\\|\\s*")) {
				list.add(new ListItem(feature));
			}
			item.add(list);
		}
		return item;
	}

}
