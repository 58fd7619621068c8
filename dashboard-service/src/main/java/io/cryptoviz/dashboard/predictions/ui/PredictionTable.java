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
import io.cryptoviz.ml.backtest.IntervalRecord;
import io.cryptoviz.ml.backtest.TrackRecord;
import io.cryptoviz.ml.model.Model;
import org.jspecify.annotations.Nullable;

/**
 * One row per model, the consensus and the naive baseline: the forecast with its 80 % and
 * 95 % ranges and, in the same row, its track record against "price stays the same" and
 * how often those ranges held in the backtest. Below the minimum number of past errors a
 * range is not shown, and the cell says why.
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
		grid.addColumn(row -> interval(row, row.record().interval80(), Outcome.Forecast::interval80))
			.setHeader(getTranslation("predictions.column.interval80"))
			.setAutoWidth(true);
		grid.addColumn(row -> interval(row, row.record().interval95(), Outcome.Forecast::interval95))
			.setHeader(getTranslation("predictions.column.interval95"))
			.setAutoWidth(true);
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
		grid.addColumn(row -> coverage(row.record()))
			.setHeader(getTranslation("predictions.column.coverage"))
			.setAutoWidth(true)
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

	/**
	 * @return the grid, for tests that read its cells
	 */
	Grid<Row> grid() {
		return getContent();
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

	/**
	 * @param row a table row
	 * @param record the row's record at one level
	 * @param level reads the forecast's interval at that level
	 * @return the range, why there is none, or a dash without a forecast
	 */
	String interval(Row row, IntervalRecord record,
			java.util.function.Function<Outcome.Forecast, IntervalRecord.@Nullable Interval> level) {
		return forecast(row, f -> {
			IntervalRecord.Interval interval = level.apply(f);
			return (interval != null)
					? getTranslation("predictions.interval.value", bound(interval.lower()), bound(interval.upper()))
					: getTranslation("predictions.interval.none", record.errors(), record.minimumErrors());
		});
	}

	// Whole dollars from $1,000 up: a range's cents are noise, and the two ranges must
	// fit
	// beside the other columns.
	private String bound(double value) {
		return (Math.abs(value) >= 1000) ? "$" + Decimals.format(value, 0, getLocale())
				: Formats.usd(value, getLocale());
	}

	private String coverage(TrackRecord record) {
		double at80 = record.interval80().coverage();
		double at95 = record.interval95().coverage();
		if (Double.isNaN(at80) && Double.isNaN(at95)) {
			return "–";
		}
		return getTranslation("predictions.coverage.value", percentOrDash(at80), percentOrDash(at95));
	}

	private String percentOrDash(double fraction) {
		return Double.isNaN(fraction) ? "–" : Decimals.format(fraction * 100, 0, getLocale());
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
