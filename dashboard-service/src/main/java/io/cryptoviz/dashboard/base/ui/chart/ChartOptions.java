package io.cryptoviz.dashboard.base.ui.chart;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The ApexCharts options this dashboard uses, as records whose component names are
 * ApexCharts' JSON keys. Data travels separately as {@link ChartSeries}.
 * <p>
 * Over 200 lines because it mirrors one JSON document: its eighteen small option records
 * stay nested here so the shape reads top to bottom as ApexCharts documents it.
 *
 * @param chart size, zoom and toolbar
 * @param xaxis always datetime here
 * @param yaxis one or more y-axes; one is sent as a plain object
 * @param stroke line width and curve
 * @param fill opacity per series: 1 for lines, low for areas so lines behind stay visible
 * @param tooltip shared tooltip with a date header
 * @param annotations vertical markers such as "now", horizontal lines such as zero
 * @param legend legend placement
 * @param dataLabels off: values on every point are noise on a time series
 * @param theme light or dark, following the page
 * @param noData text shown while there are no points
 * @param colors series colours in order; ten, so a forecast chart with nine series never
 * repeats one (ApexCharts' own palettes have five)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(Chart chart, XAxis xaxis,
		@JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) List<YAxis> yaxis, Stroke stroke,
		Fill fill, Tooltip tooltip, Annotations annotations, Legend legend, Toggle dataLabels, Theme theme,
		NoData noData, List<String> colors) {

	/**
	 * Tableau 10: distinct in both themes and for the common colour-vision deficiencies.
	 */
	public static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
			"#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

	public ChartOptions {
		yaxis = List.copyOf(yaxis);
		colors = List.copyOf(colors);
		if (yaxis.isEmpty()) {
			throw new IllegalArgumentException("at least one y-axis is needed");
		}
	}

	/**
	 * A zoomable time-series chart with one y-axis.
	 * @param heightPx chart height in pixels
	 * @param yAxis the y-axis
	 * @param noDataText shown when the series are empty
	 * @return the options
	 */
	public static ChartOptions timeSeries(int heightPx, YAxis yAxis, String noDataText) {
		return new ChartOptions(
				new Chart("line", heightPx, "transparent", new Toggle(false), new Zoom(true, "x", true),
						new Toolbar(true, "zoom")),
				new XAxis("datetime", new XLabels(true), null), List.of(yAxis), new Stroke("straight", 2),
				new Fill(List.of(1.0)), new Tooltip(true, new TooltipX("dd MMM yyyy HH:mm 'UTC'")),
				new Annotations(List.of(), List.of()), new Legend(true, "top"), new Toggle(false),
				new Theme(ThemeMode.LIGHT.apexName()), new NoData(noDataText), PALETTE);
	}

	/**
	 * @param axes replacement y-axes
	 * @return a copy with these y-axes
	 */
	public ChartOptions withYAxes(List<YAxis> axes) {
		return new ChartOptions(this.chart, this.xaxis, axes, this.stroke, this.fill, this.tooltip, this.annotations,
				this.legend, this.dataLabels, this.theme, this.noData, this.colors);
	}

	/**
	 * @param series the series that will be shown
	 * @return a copy that fills areas lightly and draws lines fully opaque
	 */
	public ChartOptions withFillFor(List<ChartSeries> series) {
		List<Double> opacity = series.stream().map(s -> switch (s.type()) {
			case "area" -> 0.25;
			case "rangeArea" -> 0.18;
			default -> 1.0;
		}).toList();
		return new ChartOptions(this.chart, this.xaxis, this.yaxis, this.stroke,
				new Fill(opacity.isEmpty() ? List.of(1.0) : opacity), this.tooltip, this.annotations, this.legend,
				this.dataLabels, this.theme, this.noData, this.colors);
	}

	/**
	 * @param title the x-axis title
	 * @return a copy with that title
	 */
	public ChartOptions withXTitle(String title) {
		return new ChartOptions(this.chart, new XAxis(this.xaxis.type(), this.xaxis.labels(), new AxisTitle(title)),
				this.yaxis, this.stroke, this.fill, this.tooltip, this.annotations, this.legend, this.dataLabels,
				this.theme, this.noData, this.colors);
	}

	/**
	 * @param colors series colours in order
	 * @return a copy with these colours
	 */
	public ChartOptions withColors(List<String> colors) {
		return new ChartOptions(this.chart, this.xaxis, this.yaxis, this.stroke, this.fill, this.tooltip,
				this.annotations, this.legend, this.dataLabels, this.theme, this.noData, colors);
	}

	/**
	 * @param marker a vertical line to add
	 * @return a copy with the marker
	 */
	public ChartOptions withMarker(XAnnotation marker) {
		List<XAnnotation> markers = new java.util.ArrayList<>(this.annotations.xaxis());
		markers.add(marker);
		return new ChartOptions(this.chart, this.xaxis, this.yaxis, this.stroke, this.fill, this.tooltip,
				new Annotations(markers, this.annotations.yaxis()), this.legend, this.dataLabels, this.theme,
				this.noData, this.colors);
	}

	/**
	 * @param line a horizontal line to add
	 * @return a copy with the line
	 */
	public ChartOptions withLine(YAnnotation line) {
		List<YAnnotation> lines = new java.util.ArrayList<>(this.annotations.yaxis());
		lines.add(line);
		return new ChartOptions(this.chart, this.xaxis, this.yaxis, this.stroke, this.fill, this.tooltip,
				new Annotations(this.annotations.xaxis(), lines), this.legend, this.dataLabels, this.theme, this.noData,
				this.colors);
	}

	/**
	 * @param mode light or dark
	 * @return a copy in that theme
	 */
	public ChartOptions withTheme(ThemeMode mode) {
		return new ChartOptions(this.chart, this.xaxis, this.yaxis, this.stroke, this.fill, this.tooltip,
				this.annotations, this.legend, this.dataLabels, new Theme(mode.apexName()), this.noData, this.colors);
	}

	/**
	 * @param type chart type ({@code line} for mixed line and area)
	 * @param height height in pixels
	 * @param background transparent, so the page colour shows in both themes
	 * @param animations off: redraws on every refresh should not replay an animation
	 * @param zoom x-axis zoom
	 * @param toolbar zoom and reset buttons
	 */
	public record Chart(String type, int height, String background, Toggle animations, Zoom zoom, Toolbar toolbar) {
	}

	/**
	 * @param enabled whether the feature is on
	 */
	public record Toggle(boolean enabled) {
	}

	/**
	 * @param enabled zoom on or off
	 * @param type which axis zooms
	 * @param autoScaleYaxis rescale y to the zoomed range
	 */
	public record Zoom(boolean enabled, String type, boolean autoScaleYaxis) {
	}

	/**
	 * @param show show the toolbar
	 * @param autoSelected the tool active on load
	 */
	public record Toolbar(boolean show, String autoSelected) {
	}

	/**
	 * @param type always {@code datetime} here
	 * @param labels label settings
	 * @param title axis title, or null for none
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record XAxis(String type, XLabels labels, @Nullable AxisTitle title) {
	}

	/**
	 * @param datetimeUTC show UTC times, as everywhere else on the dashboard
	 */
	public record XLabels(boolean datetimeUTC) {
	}

	/**
	 * A y-axis. {@code cvFormat} is read by the web component, which turns it into a
	 * label formatter, because functions cannot travel as JSON.
	 *
	 * @param seriesName the series this axis scales, or null for all
	 * @param title axis title
	 * @param opposite draw on the right
	 * @param cvFormat {@code price} or {@code percent}
	 * @param show whether to draw the axis
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record YAxis(@Nullable List<String> seriesName, AxisTitle title, boolean opposite, String cvFormat,
			boolean show) {

		/**
		 * @param title axis title
		 * @param format {@code price} or {@code percent}
		 * @return an axis for every series
		 */
		public static YAxis of(String title, String format) {
			return new YAxis(null, new AxisTitle(title), false, format, true);
		}

		/**
		 * @param names series on this axis
		 * @param opposite draw on the right
		 * @return a copy scaling only those series
		 */
		public YAxis forSeries(List<String> names, boolean opposite) {
			return new YAxis(List.copyOf(names), this.title, opposite, this.cvFormat, this.show);
		}

	}

	/**
	 * @param text axis title
	 */
	public record AxisTitle(String text) {
	}

	/**
	 * @param curve {@code straight}: smoothing would invent prices between points
	 * @param width line width in pixels
	 */
	public record Stroke(String curve, int width) {
	}

	/**
	 * @param opacity per series, in series order; ApexCharts applies it to lines too
	 */
	public record Fill(@JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) List<Double> opacity) {

		public Fill {
			opacity = List.copyOf(opacity);
		}

	}

	/**
	 * @param shared one tooltip for all series at the hovered time
	 * @param x header format
	 */
	public record Tooltip(boolean shared, TooltipX x) {
	}

	/**
	 * @param format date format of the tooltip header
	 */
	public record TooltipX(String format) {
	}

	/**
	 * @param xaxis vertical markers
	 * @param yaxis horizontal lines
	 */
	public record Annotations(List<XAnnotation> xaxis, List<YAnnotation> yaxis) {

		public Annotations {
			xaxis = List.copyOf(xaxis);
			yaxis = List.copyOf(yaxis);
		}

	}

	/**
	 * A horizontal line across the plot.
	 *
	 * @param y the value on the first y-axis
	 * @param borderColor line colour
	 * @param strokeDashArray dash length in pixels; 0 draws it solid
	 */
	public record YAnnotation(double y, String borderColor, int strokeDashArray) {

		/**
		 * @return the dashed zero line of a change-in-percent chart, grey so it reads in
		 * both themes
		 */
		public static YAnnotation zeroLine() {
			return new YAnnotation(0, "#8a8a8a", 6);
		}

	}

	/**
	 * A vertical marker.
	 *
	 * @param x epoch milliseconds
	 * @param borderColor line colour
	 * @param label text next to the line
	 */
	public record XAnnotation(long x, String borderColor, AnnotationLabel label) {

		/**
		 * @param time where
		 * @param text label
		 * @return a marker at that time
		 */
		public static XAnnotation at(Instant time, String text) {
			return new XAnnotation(time.toEpochMilli(), "#e8590c", new AnnotationLabel(text));
		}

	}

	/**
	 * @param text label text
	 */
	public record AnnotationLabel(String text) {
	}

	/**
	 * @param show show the legend
	 * @param position where
	 */
	public record Legend(boolean show, String position) {
	}

	/**
	 * @param mode {@code light} or {@code dark}
	 */
	public record Theme(String mode) {
	}

	/**
	 * @param text shown without points
	 */
	public record NoData(String text) {
	}

}
