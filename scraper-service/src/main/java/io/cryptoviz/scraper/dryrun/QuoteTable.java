package io.cryptoviz.scraper.dryrun;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.cryptoviz.model.Quote;

/**
 * Normalised quotes as an aligned text table, one row per quote, in the units the store
 * keeps: USD, percent, UTC.
 */
final class QuoteTable {

	private static final String[] HEADER = { "SOURCE", "ID", "SYMBOL", "NAME", "PRICE_USD", "CHANGE_24H_%",
			"MARKET_CAP_USD", "VOLUME_24H_USD", "AS_OF_UTC" };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_NAME = 24;

	private final List<String[]> rows = new ArrayList<>();

	void add(Quote quote) {
		this.rows.add(new String[] { quote.source().name(), quote.assetId(), quote.symbol(), shorten(quote.name()),
				price(quote.priceUsd()), number(quote.percentChange24h(), "%.2f"), number(quote.marketCapUsd(), "%.0f"),
				number(quote.volume24hUsd(), "%.0f"), TIME.format(quote.sourceTimestamp()) });
	}

	int size() {
		return this.rows.size();
	}

	void print(PrintStream out) {
		if (this.rows.isEmpty()) {
			return;
		}
		int[] widths = new int[HEADER.length];
		for (String[] row : allRows()) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : allRows()) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				boolean numeric = i >= 4 && i <= 7;
				String cell = numeric ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false);
				line.append(cell).append((i < row.length - 1) ? "  " : "");
			}
			out.println(line.toString().stripTrailing());
		}
	}

	private List<String[]> allRows() {
		List<String[]> all = new ArrayList<>();
		all.add(HEADER);
		all.addAll(this.rows);
		return all;
	}

	private static String pad(String text, int width, boolean right) {
		String spaces = " ".repeat(width - text.length());
		return right ? spaces + text : text + spaces;
	}

	private static String shorten(String name) {
		return (name.length() <= MAX_NAME) ? name : name.substring(0, MAX_NAME - 1) + "…";
	}

	/** Enough digits for a sub-cent coin without pretending precision for bitcoin. */
	static String price(double usd) {
		if (Math.abs(usd) >= 1) {
			return String.format(Locale.ROOT, "%.2f", usd);
		}
		return String.format(Locale.ROOT, "%.4g", usd);
	}

	private static String number(@Nullable Double value, String format) {
		return (value == null) ? "-" : String.format(Locale.ROOT, format, value);
	}

}
