package io.cryptoviz.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The header row of a page: drawer toggle, title and the page's actions. */
public final class ViewToolbar extends Composite<HorizontalLayout> {

	/**
	 * @param title the page title, already translated
	 * @param actions buttons and switches shown on the right
	 */
	public ViewToolbar(String title, Component... actions) {
		HorizontalLayout layout = getContent();
		layout.addClassName("cv-toolbar");
		layout.setWidthFull();
		layout.setWrap(true);
		layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		H1 heading = new H1(title);
		heading.addClassName("cv-title");
		HorizontalLayout toggleAndTitle = new HorizontalLayout(new DrawerToggle(), heading);
		toggleAndTitle.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		layout.add(toggleAndTitle);
		layout.setFlexGrow(1, toggleAndTitle);
		if (actions.length > 0) {
			HorizontalLayout group = new HorizontalLayout(actions);
			group.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
			group.setWrap(true);
			layout.add(group);
		}
	}

}
