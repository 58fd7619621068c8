package io.cryptoviz.dashboard.multisource.ui;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.store.SourceStats;
import io.cryptoviz.dashboard.base.store.StoreOverview;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.dashboard.base.ui.KpiCard;
import io.cryptoviz.dashboard.base.Freshness;
import io.cryptoviz.dashboard.multisource.DashboardData;
import io.cryptoviz.dashboard.multisource.MultiSourceService;

/**
 * Store-wide KPI cards and one status card per source: its record count, how long ago it
 * last delivered, coloured by {@link MultiSourceService#SOURCE_STATUS}.
 */
final class KpiRow extends Composite<Div> {

	final KpiCard records = new KpiCard("kpi-records", getTranslation("kpi.records"));

	final KpiCard cryptos = new KpiCard("kpi-cryptos", getTranslation("kpi.cryptos"));

	final KpiCard sources = new KpiCard("kpi-sources", getTranslation("kpi.sources"));

	final KpiCard lastUpdate = new KpiCard("kpi-last-update", getTranslation("kpi.last-update"));

	final KpiCard streaming = new KpiCard("kpi-streaming", getTranslation("kpi.streaming"));

	private final Div perSource = new Div();

	private final SourceCatalog catalog;

	KpiRow(SourceCatalog catalog) {
		this.catalog = catalog;
		Div main = new Div(this.records, this.cryptos, this.sources, this.lastUpdate, this.streaming);
		main.addClassName("cv-kpi-row");
		this.perSource.addClassName("cv-kpi-row");
		this.perSource.setId("per-source");
		getContent().add(main, this.perSource);
	}

	void show(DashboardData data) {
		Locale locale = getLocale();
		StoreOverview overview = data.overview();
		this.records.show(Formats.count(overview.totalRecords(), locale), "");
		this.cryptos.show(Formats.count(overview.trackedAssets(), locale), "");
		this.sources.show(getTranslation("kpi.sources.value", data.activeSources(), overview.sources().size()), "");
		this.lastUpdate.show(Formats.age(this, overview.newest(), data.now()), Formats.utc(overview.newest()));
		this.lastUpdate.tone(Formats.tone(data.freshness()));
		this.streaming.show(getTranslation("streaming." + data.freshness().name().toLowerCase(Locale.ROOT)), "");
		this.streaming.tone(Formats.tone(data.freshness()));
		this.perSource.removeAll();
		for (SourceStats stats : overview.sources()) {
			KpiCard card = new KpiCard("kpi-source-" + stats.source().key(), this.catalog.label(stats.source()));
			// the card's edge in the colour the source's lines have
			card.getElement().getStyle().set("border-left", "4px solid " + this.catalog.color(stats.source()));
			card.show(getTranslation("kpi.source.records", Formats.count(stats.records(), locale)),
					getTranslation("kpi.source.updated", Formats.age(this, stats.newest(), data.now())));
			card.tone(Formats.tone(Freshness.of(stats.newest(), data.now(), MultiSourceService.SOURCE_STATUS)));
			card.getElement().setAttribute("title", Formats.utc(stats.newest()));
			this.perSource.add(card);
		}
	}

}
