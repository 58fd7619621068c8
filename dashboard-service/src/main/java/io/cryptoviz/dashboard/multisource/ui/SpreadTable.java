package io.cryptoviz.dashboard.multisource.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.cryptoviz.dashboard.base.source.CatalogEntry;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.dashboard.multisource.PriceGaps;
import io.cryptoviz.dashboard.multisource.SpreadMethod;
import io.cryptoviz.dashboard.multisource.SpreadRow;

/**
 * Newest price per source per crypto, one column per source with data, and how far apart
 * they are, biggest gap first: the signed gap of two sources, or the spread (highest
 * minus lowest) of more against their median. A line above the grid says which.
 */
final class SpreadTable extends Composite<Div> {

	final Paragraph method = new Paragraph();

	private final Grid<SpreadRow> grid = new Grid<>();

	private List<CatalogEntry> columns = List.of();

	private SpreadMethod shownMethod = SpreadMethod.PAIR;

	SpreadTable() {
		this.grid.setId("spreads");
		this.grid.setAllRowsVisible(true);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.method.setId("spread-method");
		this.method.addClassName("cv-note");
		getContent().setWidthFull();
		getContent().add(this.method, this.grid);
	}

	void show(PriceGaps gaps) {
		if (!gaps.sources().equals(this.columns) || gaps.method() != this.shownMethod
				|| this.grid.getColumns().isEmpty()) {
			this.columns = gaps.sources();
			this.shownMethod = gaps.method();
			buildColumns();
		}
		boolean pair = gaps.method() == SpreadMethod.PAIR;
		this.method.setText(pair
				? getTranslation("spread.method.pair", gaps.sources().get(0).label(), gaps.sources().get(1).label())
				: getTranslation("spread.method.median"));
		this.grid.setItems(gaps.rows());
	}

	private void buildColumns() {
		Locale locale = getLocale();
		boolean pair = this.shownMethod == SpreadMethod.PAIR;
		this.grid.removeAllColumns();
		this.grid.addColumn(row -> row.asset().label()).setHeader(getTranslation("column.crypto")).setFlexGrow(2);
		for (CatalogEntry source : this.columns) {
			this.grid.addColumn(row -> Formats.usdOrDash(row.price(source.source()), locale))
				.setHeader(source.label())
				.setKey("source-" + source.key())
				.setTextAlign(ColumnTextAlign.END);
		}
		this.grid.addColumn(row -> Formats.usdOrDash(row.gap(), locale))
			.setHeader(getTranslation(pair ? "spread.gap" : "spread.range"))
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addColumn(row -> (row.gapPercent() == null) ? "–" : Formats.percent(row.gapPercent(), locale))
			.setHeader(getTranslation(pair ? "spread.gap-percent" : "spread.range-percent"))
			.setTextAlign(ColumnTextAlign.END);
	}

	/**
	 * @return the rows shown, in order
	 */
	List<SpreadRow> rows() {
		return this.grid.getListDataView().getItems().toList();
	}

	/**
	 * @return the grid, for tests
	 */
	Grid<SpreadRow> grid() {
		return this.grid;
	}

}
