package io.cryptoviz.dashboard.multisource.ui;

import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.store.read.QuoteQuery;
import io.cryptoviz.store.read.QuoteRow;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.dashboard.multisource.DashboardData;
import io.cryptoviz.dashboard.multisource.MultiSourceService;
import org.jspecify.annotations.Nullable;

/**
 * The stored quotes of the shown cryptos and period, newest first. Rows load lazily page
 * by page; sorting and paging run in SQL.
 */
final class RecentQuotesGrid extends Composite<Grid<QuoteRow>> {

	private final MultiSourceService service;

	private @Nullable DashboardData data;

	RecentQuotesGrid(MultiSourceService service) {
		this.service = service;
		SourceCatalog catalog = service.catalog();
		Grid<QuoteRow> grid = getContent();
		Locale locale = getLocale();
		grid.setId("recent-quotes");
		column(QuoteQuery.Sort.TIMESTAMP, "column.time", row -> Formats.utc(row.timestamp()));
		column(QuoteQuery.Sort.ASSET, "column.crypto", row -> row.name() + " (" + row.symbol() + ")");
		column(QuoteQuery.Sort.SOURCE, "column.source", row -> catalog.label(row.source()));
		column(QuoteQuery.Sort.PRICE, "column.price", row -> Formats.usd(row.price(), locale))
			.setTextAlign(ColumnTextAlign.END);
		column(QuoteQuery.Sort.CHANGE_24H, "column.change",
				row -> (row.change24h() == null) ? "–" : Formats.percent(row.change24h(), locale))
			.setTextAlign(ColumnTextAlign.END);
		column(QuoteQuery.Sort.MARKET_CAP, "column.market-cap", row -> Formats.usdCompact(row.marketCap(), locale))
			.setTextAlign(ColumnTextAlign.END);
		column(QuoteQuery.Sort.VOLUME_24H, "column.volume", row -> Formats.usdCompact(row.volume24h(), locale))
			.setTextAlign(ColumnTextAlign.END);
		grid.setPageSize(50);
		grid.setHeight("26em");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setItems(this::fetch);
	}

	void show(DashboardData shown) {
		this.data = shown;
		getContent().getDataProvider().refreshAll();
	}

	private Stream<QuoteRow> fetch(Query<QuoteRow, Void> query) {
		int offset = query.getOffset();
		int limit = Math.min(query.getLimit(), 1000);
		DashboardData shown = this.data;
		if (shown == null) {
			return Stream.empty();
		}
		QuoteQuery.Sort sort = QuoteQuery.Sort.TIMESTAMP;
		boolean descending = true;
		if (!query.getSortOrders().isEmpty()) {
			sort = QuoteQuery.Sort.valueOf(query.getSortOrders().getFirst().getSorted());
			descending = query.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING;
		}
		return this.service.quotes(shown, sort, descending, offset, limit);
	}

	private Grid.Column<QuoteRow> column(QuoteQuery.Sort sort, String header, ValueProvider<QuoteRow, String> value) {
		return getContent().addColumn(value)
			.setHeader(getTranslation(header))
			.setKey(sort.name())
			.setSortProperty(sort.name())
			.setAutoWidth(true);
	}

	/**
	 * @return the grid, for tests
	 */
	Grid<QuoteRow> grid() {
		return getContent();
	}

}
