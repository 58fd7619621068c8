package io.cryptoviz.dashboard.home.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import io.cryptoviz.dashboard.base.pipeline.PipelineStatus;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.store.SourceStats;
import io.cryptoviz.dashboard.base.store.StoreOverview;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.dashboard.base.ui.KpiCard;
import io.cryptoviz.dashboard.base.ui.StoreStateNotice;
import io.cryptoviz.dashboard.home.HomeStatus;

/** Redis, DuckDB and freshness as cards, plus a per-source table. */
final class StatusPanel extends Composite<Div> {

	final KpiCard redis = card("kpi-redis", "status.redis");

	final KpiCard queue = card("kpi-queue", "status.queue");

	final KpiCard deadLetters = card("kpi-dead-letters", "status.dead-letters");

	final KpiCard store = card("kpi-store", "status.store");

	final KpiCard records = card("kpi-records", "kpi.records");

	final KpiCard cryptos = card("kpi-cryptos", "kpi.cryptos");

	final KpiCard sources = card("kpi-sources", "kpi.sources");

	final KpiCard lastUpdate = card("kpi-last-update", "kpi.last-update");

	final StoreStateNotice notice;

	final Grid<SourceStats> perSource = new Grid<>();

	StatusPanel(SourceCatalog catalog, RefreshScheduler scheduler) {
		this.notice = new StoreStateNotice(scheduler);
		Locale locale = getLocale();
		this.perSource.setId("per-source");
		this.perSource.addColumn(s -> catalog.label(s.source())).setHeader(getTranslation("column.source"));
		this.perSource.addColumn(s -> Formats.count(s.records(), locale)).setHeader(getTranslation("kpi.records"));
		this.perSource.addColumn(s -> Formats.count(s.assets(), locale)).setHeader(getTranslation("kpi.cryptos"));
		this.perSource.addColumn(s -> Formats.utc(s.newest())).setHeader(getTranslation("column.newest"));
		this.perSource.setAllRowsVisible(true);
		this.perSource.addThemeVariants(GridVariant.LUMO_COMPACT);
		Div pipeline = row(this.redis, this.queue, this.deadLetters, this.store);
		Div data = row(this.records, this.cryptos, this.sources, this.lastUpdate);
		getContent().add(new H2(getTranslation("home.status")), pipeline, this.notice, data, this.perSource);
	}

	void show(HomeStatus status, Runnable retry) {
		showPipeline(status.pipeline());
		boolean ready = this.notice.show(status.store(), retry);
		this.store.show(getTranslation(switch (status.store()) {
			case StoreResult.Ready<?> r -> "status.reachable";
			case StoreResult.Waiting<?> w -> "status.waiting";
			case StoreResult.Busy<?> b -> "status.busy";
			case StoreResult.Failed<?> f -> "status.failed";
		}), "");
		this.store.tone(ready ? "cv-fresh" : "cv-late");
		StoreOverview overview = status.store().orElse(null);
		if (overview == null) {
			List.of(this.records, this.cryptos, this.sources, this.lastUpdate).forEach(card -> card.show("–", ""));
			this.perSource.setItems(List.of());
			return;
		}
		Locale locale = getLocale();
		this.records.show(Formats.count(overview.totalRecords(), locale), "");
		this.cryptos.show(Formats.count(overview.trackedAssets(), locale), "");
		this.sources.show(getTranslation("kpi.sources.value", status.activeSources(), overview.sources().size()), "");
		this.lastUpdate.show(Formats.age(this, overview.newest(), status.now()), Formats.utc(overview.newest()));
		this.lastUpdate.tone(Formats.tone(status.freshness()));
		this.perSource.setItems(overview.sources());
	}

	private void showPipeline(PipelineStatus pipeline) {
		Locale locale = getLocale();
		this.redis.show(getTranslation(pipeline.reachable() ? "status.reachable" : "status.unreachable"),
				pipeline.reachable() ? "" : getTranslation("status.redis.down"));
		this.redis.tone(pipeline.reachable() ? "cv-fresh" : "cv-stale");
		this.queue.show(pipeline.reachable() ? Formats.count(pipeline.queueDepth(), locale) : "–", "");
		this.deadLetters.show(pipeline.reachable() ? Formats.count(pipeline.deadLetterDepth(), locale) : "–", "");
		this.deadLetters.tone(pipeline.deadLetterDepth() > 0 ? "cv-late" : "");
	}

	private KpiCard card(String id, String key) {
		return new KpiCard(id, getTranslation(key));
	}

	private static Div row(KpiCard... cards) {
		Div row = new Div(cards);
		row.addClassName("cv-kpi-row");
		return row;
	}

}
