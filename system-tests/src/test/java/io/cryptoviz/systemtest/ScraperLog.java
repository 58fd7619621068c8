package io.cryptoviz.systemtest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the scraper's one-line-per-cycle log: successes and failures per source. */
final class ScraperLog {

	private static final Pattern OK = Pattern
		.compile("(\\w+) cycle: (\\d+) quotes, (\\d+) rejected, (\\d+) unmatched, (\\d+) ms, "
				+ "(?:(\\d+) unchanged, )?.*outbox (\\d+)");

	private ScraperLog() {
	}

	/** Cycle lines (successful or failed) of one source, in order. */
	static List<Line> cycles(String log, String source) {
		return log.lines().filter((line) -> line.contains(" " + source + " cycle")).map(ScraperLog::parse).toList();
	}

	private static Line parse(String text) {
		Matcher ok = OK.matcher(text);
		if (ok.find()) {
			return new Line(text, true, Integer.parseInt(ok.group(2)), Integer.parseInt(ok.group(3)),
					Long.parseLong(ok.group(5)), Integer.parseInt(ok.group(7)),
					(ok.group(6) != null) ? Integer.parseInt(ok.group(6)) : 0);
		}
		return new Line(text, false, 0, 0, 0, 0, 0);
	}

	/**
	 * One cycle line; {@code ok} false for "cycle failed". {@code quotes} are the ones
	 * published; {@code unchanged} the ones the provider had not refreshed since the last
	 * cycle (same provider timestamp), which the scraper does not publish again.
	 */
	record Line(String text, boolean ok, int quotes, int rejected, long millis, int outbox, int unchanged) {

		String message() {
			int at = this.text.indexOf(" : ");
			return (at < 0) ? this.text : this.text.substring(at + 3);
		}

	}

}
