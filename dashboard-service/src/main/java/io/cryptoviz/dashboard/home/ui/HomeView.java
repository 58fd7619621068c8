package io.cryptoviz.dashboard.home.ui;

import java.text.ListFormat;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import io.cryptoviz.dashboard.base.ui.AutoRefreshToggle;
import io.cryptoviz.dashboard.base.ui.ViewToolbar;
import io.cryptoviz.dashboard.base.source.CatalogEntry;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.home.HomeService;

/** System status, the quick-start guide, a guide to the pages and the disclaimer. */
@Route("")
@PermitAll
@PageTitle("title.home")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
final class HomeView extends VerticalLayout implements BeforeEnterObserver {

	private final HomeService home;

	final StatusPanel status;

	final Button refresh;

	final AutoRefreshToggle autoRefresh;

	final QuickStartGuide quickStart = new QuickStartGuide();

	HomeView(HomeService home, SourceCatalog sources, RefreshScheduler scheduler) {
		this.home = home;
		this.status = new StatusPanel(sources, scheduler);
		this.refresh = new Button(getTranslation("refresh.now"), VaadinIcon.REFRESH.create(), click -> refresh());
		this.refresh.setId("refresh");
		this.autoRefresh = new AutoRefreshToggle(scheduler, this::refresh);
		// "CoinGecko, CoinMarketCap and CoinPaprika", in the page's language
		String names = ListFormat.getInstance(getLocale(), ListFormat.Type.STANDARD, ListFormat.Style.FULL)
			.format(sources.entries().stream().map(CatalogEntry::label).toList());
		Paragraph disclaimer = new Paragraph(getTranslation("home.disclaimer"));
		disclaimer.setId("disclaimer");
		disclaimer.addClassName("cv-disclaimer");
		setPadding(false);
		add(new ViewToolbar(getTranslation("title.home"), this.refresh, this.autoRefresh),
				new Paragraph(getTranslation("home.intro", names)), this.status, this.quickStart,
				new H2(getTranslation("home.guide")), new PageGuide(names), disclaimer);
		addClassName("cv-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		refresh();
	}

	private void refresh() {
		this.status.show(this.home.status(), this::refresh);
	}

}
