package io.cryptoviz.dashboard.multisource.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.dashboard.multisource.SpreadRow;

/** Newest price per source per crypto and the gap between them, biggest gap first. */
final class SpreadTable extends Composite<Grid<SpreadRow>> {

	SpreadTable() {
		Grid<SpreadRow> grid = getContent();
		Locale locale = getLocale();
		grid.setId("spreads");
		grid.addColumn(row -> row.asset().label()).setHeader(getTranslation("column.crypto")).setFlexGrow(2);
		grid.addColumn(row -> Formats.usdOrDash(row.coinGecko(), locale))
			.setHeader(getTranslation("sources.coingecko"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> Formats.usdOrDash(row.coinMarketCap(), locale))
			.setHeader(getTranslation("sources.coinmarketcap"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> Formats.usdOrDash(row.gap(), locale))
			.setHeader(getTranslation("spread.gap"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> (row.gapPercent() == null) ? "–" : Formats.percent(row.gapPercent(), locale))
			.setHeader(getTranslation("spread.gap-percent"))
			.setTextAlign(ColumnTextAlign.END);
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
	}

	void show(List<SpreadRow> rows) {
		getContent().setItems(rows);
	}

	/**
	 * @return the rows shown, in order
	 */
	List<SpreadRow> rows() {
		return getContent().getListDataView().getItems().toList();
	}

	/**
	 * @return the grid, for tests
	 */
	Grid<SpreadRow> grid() {
		return getContent();
	}

}
