package io.cryptoviz.dashboard.predictions.ui;

import io.cryptoviz.dashboard.predictions.AnalysisWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.ml.analysis.AnalysisResult;
import io.cryptoviz.ml.analysis.Outcome;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.model.Model;

/**
 * One row per model, the consensus and the naive baseline: the forecast and, in the same
 * row, its track record against "price stays the same".
 */
final class PredictionTable extends Composite<Grid<PredictionTable.Row>> {

	PredictionTable() {
		Grid<Row> grid = getContent();
		grid.setId("predictions-table");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.addColumn(Row::label).setHeader(getTranslation("predictions.column.model")).setAutoWidth(true);
		grid.addColumn(row -> forecast(row, f -> Formats.usd(f.value(), locale())))
			.setHeader(getTranslation("predictions.column.predicted"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> forecast(row, f -> Formats.percent(f.changePercent(), locale())))
			.setHeader(getTranslation("predictions.column.change"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> forecast(row, f -> Decimals.format(f.confidence(), 0, getLocale())))
			.setHeader(getTranslation("predictions.column.confidence"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> Decimals.format(row.record().relativeMae(), 3, getLocale()))
			.setHeader(getTranslation("predictions.column.rel-mae"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> hitRate(row.record()))
			.setHeader(getTranslation("predictions.column.direction"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> Formats.count(row.record().origins(), locale()))
			.setHeader(getTranslation("predictions.column.origins"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(row -> new AnalysisWords(this::getTranslation, locale()).verdict(row.record()))
			.setHeader(getTranslation("predictions.column.verdict"))
			.setFlexGrow(2);
	}

	void show(AnalysisResult result) {
		List<Row> rows = new ArrayList<>();
		result.models().forEach(m -> rows.add(new Row(label(m.model()), m.outcome(), m.trackRecord())));
		rows.add(new Row(getTranslation("predictions.consensus"), result.consensus().outcome(),
				result.consensus().trackRecord()));
		rows.add(new Row(label(Model.NAIVE), result.naive().outcome(), result.naive().trackRecord()));
		getContent().setItems(rows);
	}

	/**
	 * @return the rows shown, for tests
	 */
	List<Row> rows() {
		return getContent().getGenericDataView().getItems().toList();
	}

	String label(Model model) {
		return getTranslation("predictions.model." + model.name().toLowerCase(Locale.ROOT));
	}

	private String hitRate(TrackRecord record) {
		if (Double.isNaN(record.directionalAccuracyPercent())) {
			return "–";
		}
		return getTranslation("predictions.direction.value",
				Decimals.format(record.directionalAccuracyPercent(), 0, getLocale()),
				Decimals.format(record.upMovePercent(), 0, getLocale()));
	}

	private String forecast(Row row, java.util.function.Function<Outcome.Forecast, String> format) {
		return (row.outcome() instanceof Outcome.Forecast forecast) ? format.apply(forecast) : "–";
	}

	private Locale locale() {
		return getLocale();
	}

	/**
	 * One table row.
	 *
	 * @param label the model's name
	 * @param outcome its forecast or why there is none
	 * @param record its track record
	 */
	record Row(String label, Outcome outcome, TrackRecord record) {
	}

}
