package io.cryptoviz.dashboard.multisource;

import java.util.List;

import io.cryptoviz.store.read.PricePoint;
import org.jspecify.annotations.Nullable;

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
	 * @param name legend name; for the gap between two sources "CMC vs CG", for the
	 * spread of three or more empty
	 * @param points values over time; USD or percent as the chart's unit says, or the gap
	 * in percent on the secondary axis
	 * @param spread how sources are compared if this is the gap line, drawn as an area on
	 * a second axis; null for a price line
	 * @param color the source's colour, or null to take the chart's palette
	 */
	public record Line(String name, List<PricePoint> points, @Nullable SpreadMethod spread, @Nullable String color) {

		public Line {
			points = List.copyOf(points);
		}

		/**
		 * @param name legend name
		 * @param points values over time
		 * @return a price line in the palette's colour
		 */
		static Line price(String name, List<PricePoint> points) {
			return new Line(name, points, null, null);
		}

		/**
		 * @return whether this is the gap or spread between sources
		 */
		public boolean gap() {
			return this.spread != null;
		}

	}

}
