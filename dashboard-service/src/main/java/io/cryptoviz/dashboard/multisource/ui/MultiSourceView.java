package io.cryptoviz.dashboard.multisource.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.base.ui.AutoRefreshToggle;
import io.cryptoviz.dashboard.base.ui.StoreStateNotice;
import io.cryptoviz.dashboard.base.ui.ViewToolbar;
import io.cryptoviz.dashboard.multisource.ChartCsv;
import io.cryptoviz.dashboard.multisource.DashboardData;
import io.cryptoviz.dashboard.multisource.DashboardQuery;
import io.cryptoviz.dashboard.multisource.DashboardQueryCodec;
import io.cryptoviz.dashboard.multisource.MultiSourceService;
import org.jspecify.annotations.Nullable;

/**
 * Prices from every configured source over a period, in four display modes. The URL holds
 * every filter: a change navigates to the new URL, so links reproduce the view and
 * back/forward step through earlier views.
 */
@Route("dashboard")
@PermitAll
@PageTitle("title.dashboard")
@Menu(order = 1, icon = "vaadin:chart-timeline", title = "nav.dashboard")
final class MultiSourceView extends VerticalLayout implements BeforeEnterObserver {

	private final MultiSourceService service;

	final StoreStateNotice notice;

	final FilterBar filters;

	final KpiRow kpis;

	final ChartArea charts = new ChartArea();

	final SpreadTable spreads = new SpreadTable();

	final RecentQuotesGrid recent;

	final Button refresh;

	final Paragraph nothingSelected = new Paragraph();

	final Anchor download;

	private volatile @Nullable DashboardData shown;

	final AutoRefreshToggle autoRefresh;

	private DashboardQuery query = DashboardQuery.DEFAULT;

	private boolean announceUnknown;

	MultiSourceView(MultiSourceService service, RefreshScheduler scheduler) {
		this.service = service;
		this.filters = new FilterBar(service.catalog(), this::navigate, this::showNothingSelected);
		this.nothingSelected.setId("select-crypto");
		this.nothingSelected.setText(getTranslation("filters.select-one"));
		this.nothingSelected.addClassName("cv-notice");
		this.nothingSelected.setVisible(false);
		this.download = new Anchor(this::writeCsv, AttachmentType.DOWNLOAD, getTranslation("download.csv"));
		this.download.setId("download-csv");
		this.download.addClassName("cv-download");
		this.download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		this.kpis = new KpiRow(service.catalog());
		this.notice = new StoreStateNotice(scheduler);
		this.recent = new RecentQuotesGrid(service);
		this.refresh = new Button(getTranslation("refresh.now"), VaadinIcon.REFRESH.create(), click -> load());
		this.refresh.setId("refresh");
		this.autoRefresh = new AutoRefreshToggle(scheduler, this::load);
		addClassName("cv-page");
		setPadding(false);
		add(new ViewToolbar(getTranslation("title.dashboard"), this.refresh, this.autoRefresh), this.notice,
				this.filters, this.kpis, this.nothingSelected, this.download, this.charts,
				new H2(getTranslation("spread.title")), this.spreads, new H2(getTranslation("recent.title")),
				this.recent);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		DashboardQueryCodec.Parsed parsed = DashboardQueryCodec
			.parse(event.getLocation().getQueryParameters().getParameters(), this.service.catalog());
		this.query = parsed.query();
		if (!parsed.rejected().isEmpty()) {
			Notification.show(getTranslation("filters.rejected", parsed.rejectedList()), 6000,
					Notification.Position.TOP_CENTER);
			replaceUrl(event.getUI(), event.getLocation().getPath());
		}
		this.announceUnknown = true;
		load();
	}

	private void load() {
		StoreResult<DashboardData> result = this.service.load(this.query);
		boolean ready = this.notice.show(result, this::load);
		for (Component part : List.of(this.filters, this.kpis, this.download, this.charts, this.spreads, this.recent)) {
			part.setVisible(ready);
		}
		this.nothingSelected.setVisible(false);
		if (result instanceof StoreResult.Ready<DashboardData>(DashboardData data)) {
			this.shown = data;
			if (this.announceUnknown && !data.unknownCryptos().isEmpty()) {
				Notification.show(getTranslation("filters.unknown", String.join(", ", data.unknownCryptos())), 6000,
						Notification.Position.TOP_CENTER);
			}
			this.announceUnknown = false;
			this.filters.show(data);
			this.kpis.show(data);
			this.charts.show(data);
			this.spreads.show(data.spreads());
			this.recent.show(data);
		}
	}

	// The old charts would show a selection that no longer holds; nothing is loaded
	// until a crypto is chosen again.
	private void showNothingSelected() {
		this.shown = null;
		this.charts.clear();
		for (Component part : List.of(this.download, this.spreads, this.recent)) {
			part.setVisible(false);
		}
		this.nothingSelected.setVisible(true);
	}

	// Runs on a download request, outside the UI lock; it reads the immutable snapshot
	// the charts were drawn from.
	private void writeCsv(DownloadEvent event) throws IOException {
		DashboardData data = this.shown;
		if (data == null) {
			event.getResponse().setStatus(404);
			return;
		}
		event.setFileName(ChartCsv.fileName(data.query()));
		event.setContentType("text/csv;charset=UTF-8");
		try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
			writeCsv(out);
		}
	}

	/**
	 * @param out receives the CSV of the charts shown, or nothing while none are
	 * @throws IOException if writing fails
	 */
	void writeCsv(Writer out) throws IOException {
		DashboardData data = this.shown;
		if (data != null) {
			ChartCsv.write(data.charts(), out);
		}
	}

	private void navigate(DashboardQuery next) {
		UI.getCurrent().navigate(MultiSourceView.class, new QueryParameters(next.toParameters()));
	}

	private void replaceUrl(UI ui, String path) {
		ui.getPage()
			.getHistory()
			.replaceState(null, new Location(path, new QueryParameters(this.query.toParameters())));
	}

	/**
	 * @return the query shown, for tests
	 */
	DashboardQuery query() {
		return this.query;
	}

}
