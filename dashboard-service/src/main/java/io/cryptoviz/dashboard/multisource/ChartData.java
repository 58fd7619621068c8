package io.cryptoviz.dashboard.multisource;

import java.util.List;

import io.cryptoviz.store.read.PricePoint;

/**
 * One chart of the dashboard, independent of the chart library.
 *
 * @param key stable identity: the asset id, or {@code all} for a combined chart, so a
 * refresh updates the same chart
 * @param title the chart title (symbols, not translated)
 * @param unit what the main axis shows
 * @param lines the lines
 */
public record ChartData(String key, String title, Unit unit, List<Line> lines) {

	public ChartData {
		lines = List.copyOf(lines);
	}

	/** What the values of the main axis are. */
	public enum Unit {

		USD, PERCENT

	}

	/**
	 * One line.
	 *
	 * @param name legend name
	 * @param points values over time; USD or percent as the chart's unit says, or the gap
	 * in percent on the secondary axis
	 * @param gap whether this is the gap between sources, drawn as an area on a second
	 * axis
	 */
	public record Line(String name, List<PricePoint> points, boolean gap) {

		public Line {
			points = List.copyOf(points);
		}

	}

}
