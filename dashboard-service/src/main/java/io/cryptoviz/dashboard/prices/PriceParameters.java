package io.cryptoviz.dashboard.prices;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.cryptoviz.dashboard.base.parameter.InvalidParameterException;
import io.cryptoviz.dashboard.base.parameter.ParameterReader;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import org.jspecify.annotations.Nullable;

/**
 * Reads the export's parameters strictly: a malformed value, a period that ends before it
 * starts or one longer than the interval allows is a 400 naming the parameter.
 */
public final class PriceParameters {

	public static final String ASSET = "asset";

	public static final String FROM = "from";

	public static final String TO = "to";

	public static final String SOURCE = "source";

	public static final String INTERVAL = "interval";

	/** What {@code from} and {@code to} accept, for documentation and errors. */
	public static final String TIME_ALLOWED = "an ISO-8601 instant such as 2026-01-31T12:00:00Z, "
			+ "or a date such as 2026-01-31 (UTC; as 'to' it means the end of that day)";

	// DuckDB's timestamps and the CSV readers people use end at year 9999; the data
	// starts well after the epoch.
	private static final Instant EARLIEST = Instant.EPOCH;

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private PriceParameters() {
	}

	/**
	 * @param asset the path's asset id
	 * @param from raw {@code from}, or null
	 * @param to raw {@code to}, or null
	 * @param source raw {@code source}, or null for all
	 * @param interval raw {@code interval}, or null for raw
	 * @param catalog the sources a value may name
	 * @return the checked request
	 * @throws InvalidParameterException naming the first bad value
	 */
	public static PriceRequest read(String asset, @Nullable String from, @Nullable String to, @Nullable String source,
			@Nullable String interval, SourceCatalog catalog) {
		ParameterReader strict = ParameterReader.strict();
		String id = strict.assetId(ASSET, asset);
		if (id == null) {
			throw new IllegalStateException("a strict reader returns an id or throws");
		}
		PriceInterval sampling = strict.choice(INTERVAL, interval, PriceInterval::fromParam, PriceInterval.ALLOWED,
				PriceInterval.RAW);
		SourceSelection sources = strict.choice(SOURCE, source, catalog::parse, "one of " + catalog.allowed(),
				SourceSelection.ALL);
		Instant start = time(FROM, from, false);
		Instant end = time(TO, to, true);
		if (start != null && end != null) {
			if (!end.isAfter(start)) {
				throw new InvalidParameterException(TO, "a time after from (" + start + ")", to);
			}
			if (Duration.between(start, end).compareTo(sampling.maxSpan()) > 0) {
				throw new InvalidParameterException(FROM,
						"at most " + sampling.maxSpan().toDays() + " days before to with interval=" + sampling.param(),
						from);
			}
		}
		return new PriceRequest(id, start, end, sources, sampling);
	}

	private static @Nullable Instant time(String name, @Nullable String value, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		Instant time;
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				time = (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			else {
				time = Instant.parse(text);
			}
		}
		catch (DateTimeException ex) {
			throw new InvalidParameterException(name, TIME_ALLOWED, value);
		}
		if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
			throw new InvalidParameterException(name, TIME_ALLOWED + ", between 1970 and 9999", value);
		}
		return time;
	}

}
