package io.cryptoviz.dashboard.predictions.ui;

import java.util.EnumSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.slider.IntegerSlider;
import io.cryptoviz.dashboard.base.parameter.WholeNumber;
import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.ml.model.ModelSettings;

/**
 * The analysis settings: windows, source, model parameters, mode and indicator panels.
 * Ranges come from {@link AnalysisParameters}, the same ones the API validates against.
 * Every user change is reported as a new {@link PageQuery}; {@link #show} sets values
 * without reporting.
 */
final class ConfigPanel extends Composite<FormLayout> {

	final IntegerSlider history = slider("history", AnalysisParameters.HISTORY_HOURS);

	final IntegerSlider horizon = slider("horizon", AnalysisParameters.HORIZON_HOURS);

	final RadioButtonGroup<SourceSelection> source = new RadioButtonGroup<>();

	final IntegerSlider maShort = slider("ma-short", AnalysisParameters.MA_SHORT_POINTS);

	final IntegerSlider maLong = slider("ma-long", AnalysisParameters.MA_LONG_POINTS);

	final IntegerSlider momentum = slider("momentum", AnalysisParameters.MOMENTUM_POINTS);

	final RadioButtonGroup<PageQuery.Mode> mode = new RadioButtonGroup<>();

	final CheckboxGroup<PageQuery.Panel> panels = new CheckboxGroup<>();

	private final Consumer<PageQuery> onChange;

	private PageQuery query = PageQuery.DEFAULT;

	private boolean showing;

	ConfigPanel(SourceCatalog sources, Consumer<PageQuery> onChange) {
		this.onChange = onChange;
		this.source.setId("source");
		this.source.setItems(sources.selections());
		this.source.setItemLabelGenerator(
				s -> (s.only() == null) ? getTranslation("predictions.source.all") : sources.label(s.only()));
		this.mode.setId("mode");
		this.mode.setItems(PageQuery.Mode.values());
		this.mode.setItemLabelGenerator(m -> getTranslation("predictions.mode." + m.param()));
		this.panels.setId("panels");
		this.panels.setItems(PageQuery.Panel.values());
		this.panels.setItemLabelGenerator(p -> getTranslation("predictions.panel." + p.param()));
		FormLayout form = getContent();
		form.setId("config");
		form.addFormItem(this.history, getTranslation("predictions.history"));
		form.addFormItem(this.horizon, getTranslation("predictions.horizon"));
		form.addFormItem(this.source, getTranslation("predictions.source"));
		form.addFormItem(this.mode, getTranslation("predictions.mode"));
		form.addFormItem(this.maShort, getTranslation("predictions.ma-short"));
		form.addFormItem(this.maLong, getTranslation("predictions.ma-long"));
		form.addFormItem(this.momentum, getTranslation("predictions.momentum"));
		form.addFormItem(this.panels, getTranslation("predictions.panels"));
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
				new FormLayout.ResponsiveStep("70em", 4));
		this.history.addValueChangeListener(e -> changed());
		this.horizon.addValueChangeListener(e -> changed());
		this.source.addValueChangeListener(e -> changed());
		this.maShort.addValueChangeListener(e -> changed());
		this.maLong.addValueChangeListener(e -> changed());
		this.momentum.addValueChangeListener(e -> changed());
		this.mode.addValueChangeListener(e -> changed());
		this.panels.addValueChangeListener(e -> changed());
	}

	/**
	 * @param shown the query whose values the controls show
	 */
	void show(PageQuery shown) {
		this.showing = true;
		try {
			this.query = shown;
			this.history.setValue(shown.history());
			this.horizon.setValue(shown.horizon());
			this.source.setValue(shown.source());
			this.maLong.setMin(AnalysisParameters.MA_LONG_POINTS.atLeast(shown.models().maShort()).min());
			this.maShort.setValue(shown.models().maShort());
			this.maLong.setValue(shown.models().maLong());
			this.momentum.setValue(shown.models().momentumPeriod());
			this.mode.setValue(shown.mode());
			this.panels.setValue(
					shown.panels().isEmpty() ? EnumSet.noneOf(PageQuery.Panel.class) : EnumSet.copyOf(shown.panels()));
		}
		finally {
			this.showing = false;
		}
	}

	private void changed() {
		if (this.showing || this.history.getValue() == null || this.horizon.getValue() == null
				|| this.maShort.getValue() == null || this.maLong.getValue() == null
				|| this.momentum.getValue() == null) {
			return;
		}
		int shortWindow = this.maShort.getValue();
		// MA long never below MA short: raise it along instead of rejecting the drag.
		int longWindow = Math.max(this.maLong.getValue(), shortWindow);
		ModelSettings models = new ModelSettings(shortWindow, longWindow, this.momentum.getValue(),
				this.query.models().momentumSmoothing());
		SourceSelection chosenSource = (this.source.getValue() == null) ? this.query.source() : this.source.getValue();
		PageQuery.Mode chosenMode = (this.mode.getValue() == null) ? this.query.mode() : this.mode.getValue();
		PageQuery next = this.query.withSettings(this.history.getValue(), this.horizon.getValue(), chosenSource, models)
			.withMode(chosenMode)
			.withPanels(this.panels.getValue());
		show(next);
		this.onChange.accept(next);
	}

	private static IntegerSlider slider(String id, WholeNumber range) {
		IntegerSlider slider = new IntegerSlider(range.min(), range.max());
		slider.setId(id);
		slider.setStep(1);
		slider.setValueAlwaysVisible(true);
		slider.setMinMaxVisible(true);
		slider.setWidthFull();
		return slider;
	}

}
