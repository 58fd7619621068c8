package io.cryptoviz.dashboard.multisource.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.dashboard.base.ui.Formats;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.multisource.DashboardData;
import io.cryptoviz.dashboard.multisource.DashboardQuery;
import io.cryptoviz.dashboard.multisource.DisplayMode;
import io.cryptoviz.dashboard.multisource.Period;

/**
 * Cryptos, sources, period (with a custom date range bounded by the data) and display
 * mode, under the range of the stored data. A user's change is reported as a new
 * {@link DashboardQuery}; values set from the URL are not.
 */
final class FilterBar extends Composite<Div> {

	final MultiSelectComboBox<Asset> cryptos = new MultiSelectComboBox<>();

	final RadioButtonGroup<SourceSelection> sources = new RadioButtonGroup<>();

	final Select<Period> period = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final RadioButtonGroup<DisplayMode> mode = new RadioButtonGroup<>();

	final Span dataRange = new Span();

	private final Consumer<DashboardQuery> onChange;

	private final Runnable onNothingSelected;

	private List<Asset> catalog = List.of();

	private List<Asset> defaults = List.of();

	private boolean applying;

	/**
	 * @param catalog the sources to offer
	 * @param onChange gets each query the user makes
	 * @param onNothingSelected runs when the user clears every crypto, which is no query
	 */
	FilterBar(SourceCatalog catalog, Consumer<DashboardQuery> onChange, Runnable onNothingSelected) {
		this.onChange = onChange;
		this.onNothingSelected = onNothingSelected;
		this.dataRange.setId("data-range");
		this.dataRange.addClassName("cv-data-range");
		this.cryptos.setId("filter-cryptos");
		this.cryptos.setLabel(getTranslation("filters.cryptos"));
		this.cryptos.setItemLabelGenerator(Asset::label);
		this.cryptos.setWidthFull();
		this.cryptos.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
		this.sources.setId("filter-sources");
		this.sources.setLabel(getTranslation("filters.sources"));
		this.sources.setItems(catalog.selections());
		this.sources
			.setItemLabelGenerator(s -> (s.only() == null) ? getTranslation("sources.all") : catalog.label(s.only()));
		this.period.setId("filter-period");
		this.period.setLabel(getTranslation("filters.period"));
		this.period.setItems(Period.values());
		this.period.setItemLabelGenerator(p -> getTranslation("period." + p.param()));
		this.from.setId("filter-from");
		this.from.setLabel(getTranslation("filters.from"));
		this.to.setId("filter-to");
		this.to.setLabel(getTranslation("filters.to"));
		this.mode.setId("filter-mode");
		this.mode.setLabel(getTranslation("filters.mode"));
		this.mode.setItems(DisplayMode.values());
		this.mode.setItemLabelGenerator(m -> getTranslation("mode." + m.param()));
		this.cryptos.addValueChangeListener(change -> changed());
		this.sources.addValueChangeListener(change -> changed());
		this.period.addValueChangeListener(change -> periodChanged());
		this.from.addValueChangeListener(change -> changed());
		this.to.addValueChangeListener(change -> changed());
		this.mode.addValueChangeListener(change -> changed());
		Div fields = new Div(this.cryptos, this.sources, this.period, this.from, this.to, this.mode);
		fields.addClassName("cv-filters");
		getContent().setWidthFull();
		getContent().add(this.dataRange, fields);
	}

	void show(DashboardData data) {
		this.applying = true;
		try {
			DashboardQuery query = data.query();
			this.catalog = data.catalog();
			this.defaults = data.catalog().stream().limit(DashboardQuery.DEFAULT_CRYPTOS).toList();
			this.cryptos.setItems(this.catalog);
			this.cryptos.setValue(new LinkedHashSet<>(data.selected()));
			this.sources.setValue(query.sources());
			this.period.setValue(query.period());
			LocalDate first = LocalDate.ofInstant(data.overview().first(), ZoneOffset.UTC);
			LocalDate last = LocalDate.ofInstant(data.overview().newest(), ZoneOffset.UTC);
			for (DatePicker picker : List.of(this.from, this.to)) {
				picker.setMin(first);
				picker.setMax(last);
				picker.setVisible(query.period() == Period.CUSTOM);
			}
			this.dataRange.setText(getTranslation("filters.data-range", Formats.utc(data.overview().first()),
					Formats.utc(data.overview().newest())));
			this.from.setValue(query.from());
			this.to.setValue(query.to());
			this.mode.setValue(query.mode());
		}
		finally {
			this.applying = false;
		}
	}

	private void periodChanged() {
		boolean custom = this.period.getValue() == Period.CUSTOM;
		this.from.setVisible(custom);
		this.to.setVisible(custom);
		if (custom && !this.applying && (this.from.isEmpty() || this.to.isEmpty())) {
			this.applying = true;
			this.to.setValue(this.to.getMax());
			this.from.setValue(latest(this.from.getMin(), this.to.getMax().minusDays(6)));
			this.applying = false;
		}
		changed();
	}

	private void changed() {
		if (this.applying) {
			return;
		}
		if (this.cryptos.isEmpty()) {
			this.onNothingSelected.run();
			return;
		}
		Period chosen = this.period.getValue();
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		if (chosen == Period.CUSTOM && (start == null || end == null || end.isBefore(start))) {
			this.to.setInvalid(true);
			this.to.setErrorMessage(getTranslation("filters.range-invalid"));
			return;
		}
		this.to.setInvalid(false);
		this.onChange.accept(
				new DashboardQuery(selectedIds(), this.sources.getValue(), chosen, start, end, this.mode.getValue()));
	}

	// The default top 5 stays out of the URL, so a bare link keeps following market cap.
	private List<String> selectedIds() {
		List<Asset> chosen = this.cryptos.getValue()
			.stream()
			.sorted(Comparator.comparingInt(this.catalog::indexOf))
			.limit(DashboardQuery.MAX_CRYPTOS)
			.toList();
		return chosen.equals(this.defaults) ? List.of() : chosen.stream().map(Asset::assetId).toList();
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
