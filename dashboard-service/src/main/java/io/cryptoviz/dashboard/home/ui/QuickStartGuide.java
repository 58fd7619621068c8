package io.cryptoviz.dashboard.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A collapsed quick-start guide: the steps from a first start to a first reading, then
 * the good practices for reading any of it, investing included. Each list is a numbered
 * run of translation keys ({@code home.start.step.1} ...), so a language adds lines
 * without code.
 */
final class QuickStartGuide extends Composite<Details> {

	static final int STEPS = 5;

	static final int PRACTICES = 6;

	QuickStartGuide() {
		Details details = getContent();
		details.setId("quick-start");
		details.setSummaryText(getTranslation("home.start.title"));
		details.setOpened(false);
		details.setWidthFull();
		OrderedList steps = new OrderedList();
		steps.setId("quick-start-steps");
		for (int i = 1; i <= STEPS; i++) {
			steps.add(new ListItem(getTranslation("home.start.step." + i)));
		}
		UnorderedList practices = new UnorderedList();
		practices.setId("good-practices");
		for (int i = 1; i <= PRACTICES; i++) {
			practices.add(new ListItem(getTranslation("home.practice." + i)));
		}
		details.add(new Div(new H3(getTranslation("home.start.steps")), steps,
				new H3(getTranslation("home.practice.title")), practices));
	}

}
