package io.cryptoviz.dashboard.base.ui.chart;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * One series on a datetime axis: a line or area through points, or a band between two
 * values at each time ({@code rangeArea}). Both travel as ApexCharts' compact arrays,
 * {@code [x, y]} and {@code [x, [lower, upper]]}: ApexCharts reads every series of a
 * chart in the format of the first.
 *
 * @param name legend and tooltip name
 * @param type {@code line}, {@code area} or {@code rangeArea}
 * @param data points, oldest first; empty for a band
 * @param ranges a band's ranges, oldest first; empty for a line or area
 * @param color a fixed colour ({@code #rrggbb}), or null for the chart's palette
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartSeries(String name, String type, @JsonIgnore List<Point> data, @JsonIgnore List<Range> ranges,
		@Nullable String color) {

	public ChartSeries {
		if (!type.equals("line") && !type.equals("area") && !type.equals("rangeArea")) {
			throw new IllegalArgumentException("type must be line, area or rangeArea, was " + type);
		}
		if (!type.equals("rangeArea") && !ranges.isEmpty() || type.equals("rangeArea") && !data.isEmpty()) {
			throw new IllegalArgumentException("a rangeArea series has ranges only, a " + type + " series points only");
		}
		data = List.copyOf(data);
		ranges = List.copyOf(ranges);
	}

	/**
	 * @param name series name
	 * @param type {@code line} or {@code area}
	 * @param data points
	 */
	public ChartSeries(String name, String type, List<Point> data) {
		this(name, type, data, List.of(), null);
	}

	/**
	 * @param name series name
	 * @param ranges the band's lower and upper values over time
	 * @return a band series
	 */
	public static ChartSeries band(String name, List<Range> ranges) {
		return new ChartSeries(name, "rangeArea", List.of(), ranges, null);
	}

	/**
	 * @return what ApexCharts reads as {@code data}: the ranges of a band, else the
	 * points
	 */
	@JsonProperty("data")
	List<?> json() {
		return this.type.equals("rangeArea") ? this.ranges : this.data;
	}

	/**
	 * @param name series name
	 * @param data points
	 * @return a line series
	 */
	public static ChartSeries line(String name, List<Point> data) {
		return new ChartSeries(name, "line", data);
	}

	/**
	 * @param name series name
	 * @param data points
	 * @return an area series
	 */
	public static ChartSeries area(String name, List<Point> data) {
		return new ChartSeries(name, "area", data);
	}

	/**
	 * @param fixed the colour this series always has, or null for the palette's
	 * @return this series in that colour
	 */
	public ChartSeries withColor(@Nullable String fixed) {
		return new ChartSeries(this.name, this.type, this.data, this.ranges, fixed);
	}

	/**
	 * One point, sent as ApexCharts' compact {@code [x, y]} pair.
	 *
	 * @param x epoch milliseconds
	 * @param y value, or null for a gap
	 */
	@JsonFormat(shape = JsonFormat.Shape.ARRAY)
	public record Point(long x, @Nullable Double y) {

		/**
		 * @param time the x value
		 * @param y the y value
		 * @return the point
		 */
		public static Point of(Instant time, double y) {
			return new Point(time.toEpochMilli(), y);
		}

	}

	/**
	 * One range of a band, sent as {@code [x, [lower, upper]]}.
	 *
	 * @param x epoch milliseconds
	 * @param lower lower value
	 * @param upper upper value, at least {@code lower}
	 */
	public record Range(long x, double lower, double upper) {

		public Range {
			if (!(lower <= upper)) {
				throw new IllegalArgumentException("lower must not exceed upper, was " + lower + " > " + upper);
			}
		}

		/**
		 * @param time the x value
		 * @param lower lower value
		 * @param upper upper value
		 * @return the range
		 */
		public static Range of(Instant time, double lower, double upper) {
			return new Range(time.toEpochMilli(), lower, upper);
		}

		@JsonValue
		List<Object> json() {
			return List.of(this.x, List.of(this.lower, this.upper));
		}

	}

}
