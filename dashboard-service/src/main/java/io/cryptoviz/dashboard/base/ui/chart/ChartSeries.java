package io.cryptoviz.dashboard.base.ui.chart;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One series on a datetime axis.
 *
 * @param name legend and tooltip name
 * @param type {@code line} or {@code area}
 * @param data points, oldest first
 * @param color a fixed colour ({@code #rrggbb}), or null for the chart's palette
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartSeries(String name, String type, List<Point> data, @Nullable String color) {

	public ChartSeries {
		if (!type.equals("line") && !type.equals("area")) {
			throw new IllegalArgumentException("type must be line or area, was " + type);
		}
		data = List.copyOf(data);
	}

	/**
	 * @param name series name
	 * @param data points
	 * @return a line series
	 */
	public static ChartSeries line(String name, List<Point> data) {
		return new ChartSeries(name, "line", data, null);
	}

	/**
	 * @param name series name
	 * @param data points
	 * @return an area series
	 */
	public static ChartSeries area(String name, List<Point> data) {
		return new ChartSeries(name, "area", data, null);
	}

	/**
	 * @param fixed the colour this series always has, or null for the palette's
	 * @return this series in that colour
	 */
	public ChartSeries withColor(@Nullable String fixed) {
		return new ChartSeries(this.name, this.type, this.data, fixed);
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

}
