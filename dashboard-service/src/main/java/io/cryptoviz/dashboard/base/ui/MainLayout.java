package io.cryptoviz.dashboard.base.ui;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cryptoviz.dashboard.base.pipeline.PipelineProbe;
import io.cryptoviz.dashboard.base.ui.chart.ThemeSwitching;
import org.jspecify.annotations.Nullable;

/**
 * The shell around every page: drawer with the app name, navigation built from the
 * {@code @Menu} views (so a new page needs no change here), the theme and language
 * switches, and a banner above the page whenever the data is simulated.
 * <p>
 * Menu titles and {@code @PageTitle} values are translation keys; this layout translates
 * both, so every page title follows the chosen language.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements HasDynamicTitle, AfterNavigationObserver {

	private final PipelineProbe pipeline;

	private final SimulatedDataBanner banner = new SimulatedDataBanner();

	private final Div content = new Div();

	private @Nullable Class<?> currentView;

	MainLayout(PipelineProbe pipeline, AuthenticationContext authentication) {
		this.pipeline = pipeline;
		setPrimarySection(Section.DRAWER);
		addToDrawer(header(), new Scroller(sideNav()), switches(authentication));
		this.content.addClassName("cv-content");
		super.showRouterLayoutContent(this.content);
	}

	@Override
	public void showRouterLayoutContent(HasElement view) {
		this.content.removeAll();
		this.content.add(this.banner, (Component) view);
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		UI.getCurrent()
			.getInternals()
			.getActiveRouterTargetsChain()
			.stream()
			.findFirst()
			.ifPresent(view -> this.currentView = view.getClass());
		this.banner.show(this.pipeline.status());
		ThemeSwitching.apply(UI.getCurrent());
	}

	@Override
	public String getPageTitle() {
		String app = getTranslation("app.name");
		if (this.currentView == null || !this.currentView.isAnnotationPresent(PageTitle.class)) {
			return app;
		}
		return getTranslation(this.currentView.getAnnotation(PageTitle.class).value()) + " · " + app;
	}

	private Component header() {
		Icon logo = VaadinIcon.TRENDING_UP.create();
		logo.addClassName("cv-logo");
		Span name = new Span(getTranslation("app.name"));
		name.addClassName("cv-app-name");
		Span tagline = new Span(getTranslation("app.tagline"));
		tagline.addClassName("cv-tagline");
		VerticalLayout header = new VerticalLayout(logo, name, tagline);
		header.setAlignItems(FlexComponent.Alignment.CENTER);
		header.setSpacing(false);
		return header;
	}

	private SideNav sideNav() {
		SideNav nav = new SideNav();
		List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
		entries.forEach(entry -> nav.addItem(item(entry)));
		return nav;
	}

	private SideNavItem item(MenuEntry entry) {
		String title = getTranslation(entry.title());
		return (entry.icon() != null) ? new SideNavItem(title, entry.path(), new Icon(entry.icon()))
				: new SideNavItem(title, entry.path());
	}

	// Only a dashboard with a password has someone signed in to sign out.
	private Component switches(AuthenticationContext authentication) {
		VerticalLayout switches = new VerticalLayout(new ThemeToggle(),
				new LanguageSelect(List.of(Locale.ENGLISH, Locale.FRENCH)));
		if (authentication.isAuthenticated()) {
			Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT),
					(click) -> authentication.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			logout.setId("logout");
			switches.add(logout);
		}
		switches.addClassName("cv-drawer-footer");
		return switches;
	}

}
