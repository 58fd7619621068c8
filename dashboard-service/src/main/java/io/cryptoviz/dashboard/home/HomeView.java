package io.cryptoviz.dashboard.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@Route("")
@PageTitle("CryptoViz")
final class HomeView extends VerticalLayout {

	HomeView() {
		add(new H1("CryptoViz"), new Paragraph("The dashboard pages are not built yet. No market data is shown."));
	}

}
