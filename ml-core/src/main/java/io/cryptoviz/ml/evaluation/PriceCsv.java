package io.cryptoviz.ml.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import io.cryptoviz.ml.series.PriceSeries;

/**
 * Reads timestamped prices from a CSV file with a header row: the time from the first
 * column named {@code timestamp}, {@code date} or {@code time}, the price from the column
 * named {@code close} or {@code price} (or one given by name), any letter case.
 * <p>
 * Times may be ISO-8601 with an offset or {@code Z}, {@code yyyy-MM-dd HH:mm:ss} with or
 * without an offset (UTC when there is none), CryptoDataDownload's
 * {@code yyyy-MM-dd hh-a} ({@code 2018-06-16 08-PM}, read as UTC), or epoch seconds or
 * milliseconds. Rows may come in any order; they are sorted, and a repeated time keeps
 * its last row.
 */
public final class PriceCsv {

	private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("yyyy-MM-dd HH:mm:ss")
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.toFormatter(Locale.ROOT);

	private static final DateTimeFormatter HOUR_LABEL = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("yyyy-MM-dd hh-a")
		.parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
		.toFormatter(Locale.ROOT);

	private PriceCsv() {
	}

	/**
	 * @param file the CSV file
	 * @param priceColumn the price column's name, or null for {@code close} or
	 * {@code price}
	 * @return the prices, oldest first
	 * @throws IllegalArgumentException naming the line and the value that could not be
	 * read
	 */
	public static PriceSeries read(Path file, String priceColumn) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
		if (lines.isEmpty()) {
			throw new IllegalArgumentException(file + " is empty");
		}
		List<String> header = Arrays.stream(lines.getFirst().split(",", -1))
			.map(name -> name.strip().replace("\"", "").toLowerCase(Locale.ROOT))
			.toList();
		int timeColumn = column(header, List.of("timestamp", "date", "time", "datetime"), "a time column");
		int valueColumn = column(header,
				(priceColumn != null) ? List.of(priceColumn.toLowerCase(Locale.ROOT)) : List.of("close", "price"),
				(priceColumn != null) ? "a column named " + priceColumn : "a close or price column");
		TreeMap<Instant, Double> prices = new TreeMap<>();
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split(",", -1);
			if (fields.length <= Math.max(timeColumn, valueColumn)) {
				throw new IllegalArgumentException("line " + (i + 1) + " has " + fields.length + " fields, needs "
						+ (Math.max(timeColumn, valueColumn) + 1));
			}
			Instant time = time(fields[timeColumn].strip().replace("\"", ""), i + 1);
			prices.put(time, price(fields[valueColumn].strip().replace("\"", ""), i + 1));
		}
		if (prices.isEmpty()) {
			throw new IllegalArgumentException(file + " has a header but no prices");
		}
		long[] times = prices.keySet().stream().mapToLong(Instant::toEpochMilli).toArray();
		double[] values = prices.values().stream().mapToDouble(Double::doubleValue).toArray();
		return PriceSeries.of(times, values);
	}

	private static int column(List<String> header, List<String> names, String what) {
		for (String name : names) {
			int index = header.indexOf(name);
			if (index >= 0) {
				return index;
			}
		}
		throw new IllegalArgumentException("the header " + header + " has no " + what);
	}

	static Instant time(String text, int line) {
		if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
			long number = Long.parseLong(text);
			// Ten digits are seconds until the year 2286; more are milliseconds.
			return (text.length() <= 10) ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
		}
		List<RuntimeException> failures = new ArrayList<>();
		for (Reader reader : new Reader[] { t -> OffsetDateTime.parse(t).toInstant(), Instant::parse,
				t -> SPACED.parseBest(t, OffsetDateTime::from, LocalDateTime::from) instanceof OffsetDateTime offset
						? offset.toInstant() : LocalDateTime.parse(t, SPACED).toInstant(ZoneOffset.UTC),
				t -> LocalDateTime.parse(t, HOUR_LABEL).toInstant(ZoneOffset.UTC) }) {
			try {
				return reader.read(text);
			}
			catch (DateTimeParseException ex) {
				failures.add(ex);
			}
		}
		throw new IllegalArgumentException("line " + line + ": '" + text
				+ "' is not a time (ISO-8601, yyyy-MM-dd HH:mm:ss[+HH:MM], yyyy-MM-dd hh-AM or epoch seconds/ms)");
	}

	private static double price(String text, int line) {
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value) && value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// worded below
		}
		throw new IllegalArgumentException("line " + line + ": '" + text + "' is not a price above 0");
	}

	private interface Reader {

		Instant read(String text);

	}

}
