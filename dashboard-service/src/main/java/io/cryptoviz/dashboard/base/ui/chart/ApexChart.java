package io.cryptoviz.dashboard.base.ui.chart;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * An ApexCharts chart. Set the options once and the series as often as the data changes;
 * the browser keeps the same chart instance and animates nothing. The theme follows
 * {@link ThemeChangedEvent}s on the UI.
 * <p>
 * apexcharts is pinned to 4.7.0, the last MIT-licensed release: 5.x and later are under a
 * revenue-capped community licence, and 6.x and later add a licence-check dependency.
 */
@Tag("cv-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/cv-apex-chart.js")
public final class ApexChart extends Component implements HasSize {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChartOptions options;

	private List<ChartSeries> series = List.of();

	private ThemeMode mode = ThemeMode.LIGHT;

	private @Nullable Registration themeListener;

	private @Nullable String accessibleLabel;

	/**
	 * @param options the initial options
	 */
	public ApexChart(ChartOptions options) {
		this.options = options;
		getElement().getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.BLOCK);
		setWidthFull();
		// A screen reader announces the chart as one image with a label; the SVG inside
		// is noise.
		getElement().setAttribute("role", "img");
		sendOptions();
		sendSeries();
	}

	/**
	 * Sets the label a screen reader announces for this chart. Without one the label is
	 * built from the y-axis titles and the series names.
	 * @param label what the chart shows, or null for the built label
	 */
	public void setAccessibleLabel(@Nullable String label) {
		this.accessibleLabel = label;
		sendLabel();
	}

	/**
	 * @return the label a screen reader announces
	 */
	public String accessibleLabel() {
		return (this.accessibleLabel != null) ? this.accessibleLabel : ChartLabel.of(this.options, this.series);
	}

	/**
	 * Replaces the options; the chart is updated in place.
	 * @param options the new options
	 */
	public void setOptions(ChartOptions options) {
		this.options = options;
		sendOptions();
	}

	/**
	 * Replaces the data; the chart is updated in place.
	 * @param series the new series
	 */
	public void setSeries(List<ChartSeries> series) {
		this.series = List.copyOf(series);
		sendSeries();
	}

	/**
	 * @return the options as last set, in the current theme
	 */
	public ChartOptions options() {
		return this.options.withTheme(this.mode);
	}

	/**
	 * @return the series as last set
	 */
	public List<ChartSeries> series() {
		return this.series;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.mode = ThemeSwitching.current(event.getUI());
		this.themeListener = ComponentUtil.addListener(event.getUI(), ThemeChangedEvent.class, changed -> {
			this.mode = changed.mode();
			sendOptions();
		});
		sendOptions();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.themeListener != null) {
			this.themeListener.remove();
			this.themeListener = null;
		}
	}

	private void sendOptions() {
		getElement().setPropertyJson("options", JSON.valueToTree(options()));
		sendLabel();
	}

	private void sendLabel() {
		getElement().setAttribute("aria-label", accessibleLabel());
	}

	private void sendSeries() {
		BaseJsonNode json = JSON.valueToTree(this.series);
		getElement().setPropertyJson("series", json);
		sendLabel();
	}

}
