package io.cryptoviz.dashboard.multisource;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The charts of one rendering as CSV, one row per drawn point:
 * {@code chart,line,unit,time,value}. It is built from the same {@link ChartData} the
 * charts draw, so a download holds exactly what is on screen: the same assets, sources,
 * period, buckets and mode, percent changes and gaps included.
 */
public final class ChartCsv {

	/** The header row. */
	public static final String HEADER = "chart,line,unit,time,value";

	private ChartCsv() {
	}

	/**
	 * @param charts the charts shown
	 * @param out where to write; not closed
	 * @throws IOException if writing fails
	 */
	public static void write(List<ChartData> charts, Writer out) throws IOException {
		out.write(HEADER + "\r\n");
		for (ChartData chart : charts) {
			for (ChartData.Line line : chart.lines()) {
				String unit = (line.gap() || chart.unit() == ChartData.Unit.PERCENT) ? "percent" : "usd";
				String prefix = field(chart.key()) + "," + field(line.name().isEmpty() ? "spread" : line.name()) + ","
						+ unit + ",";
				for (var point : line.points()) {
					out.write(prefix + point.time() + "," + BigDecimal.valueOf(point.price()).toPlainString() + "\r\n");
				}
			}
		}
		out.flush();
	}

	/**
	 * @param query the query the charts were drawn for
	 * @return the file name, e.g. {@code cryptoviz-shared-24h.csv}
	 */
	public static String fileName(DashboardQuery query) {
		return "cryptoviz-" + query.mode().param() + "-" + query.period().param() + ".csv";
	}

	// RFC 4180: quote a field holding a comma, a quote or a line break, doubling quotes.
	private static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
