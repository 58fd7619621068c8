package io.cryptoviz.dashboard.multisource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cryptoviz.dashboard.base.parameter.ParameterReader;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.model.AssetId;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link DashboardQuery} from URL parameters through the shared
 * {@link ParameterReader}. Anything invalid falls back to its default and is named in
 * {@link Parsed#rejected()}, so the page can say what it ignored instead of failing.
 */
public final class DashboardQueryCodec {

	static final String CRYPTOS = "cryptos";

	static final String SOURCES = "sources";

	static final String PERIOD = "period";

	static final String FROM = "from";

	static final String TO = "to";

	static final String MODE = "mode";

	/**
	 * Custom periods start no earlier than this: there are no crypto prices before it,
	 * and bounding the years keeps date arithmetic from overflowing
	 * ({@code +999999999-12-31}).
	 */
	static final LocalDate EARLIEST_DATE = LocalDate.of(2009, 1, 1);

	/** Custom periods end no later than this. */
	static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

	private DashboardQueryCodec() {
	}

	/**
	 * @param parameters the URL's query parameters
	 * @param catalog the sources a URL may name
	 * @return the query and the names of parameters that were ignored
	 */
	public static Parsed parse(Map<String, List<String>> parameters, SourceCatalog catalog) {
		ParameterReader lenient = ParameterReader.lenient();
		DashboardQuery defaults = DashboardQuery.DEFAULT;
		List<String> cryptos = cryptos(ParameterReader.first(parameters, CRYPTOS), lenient);
		SourceSelection sources = sources(lenient, ParameterReader.first(parameters, SOURCES), defaults.sources(),
				catalog);
		Period period = lenient.choice(PERIOD, ParameterReader.first(parameters, PERIOD), Period::fromParam, "a period",
				defaults.period());
		DisplayMode mode = lenient.choice(MODE, ParameterReader.first(parameters, MODE), DisplayMode::fromParam,
				"a display mode", defaults.mode());
		LocalDate from = date(parameters, FROM, period, lenient);
		LocalDate to = date(parameters, TO, period, lenient);
		if (period == Period.CUSTOM && (from == null || to == null || to.isBefore(from))) {
			lenient.reject(PERIOD, "custom with from <= to", period.param());
			period = defaults.period();
		}
		return new Parsed(new DashboardQuery(cryptos, sources, period, from, to, mode), lenient.rejected());
	}

	// The one place the dashboard's source parameter is parsed.
	private static SourceSelection sources(ParameterReader reader, @Nullable String value, SourceSelection fallback,
			SourceCatalog catalog) {
		return reader.choice(SOURCES, value, catalog::parse, "one of " + catalog.allowed(), fallback);
	}

	private static List<String> cryptos(@Nullable String value, ParameterReader reader) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		for (String id : value.split(",")) {
			String trimmed = id.strip();
			if (AssetId.isValid(trimmed)) {
				ids.add(trimmed);
			}
			else if (!trimmed.isEmpty()) {
				reader.reject(CRYPTOS, AssetId.RULE, value);
			}
			// A link may hold thousands (the server accepts ~190 KB of URL): the first
			// ones past the limit settle the notice, the rest need not be checked.
			if (ids.size() > DashboardQuery.MAX_CRYPTOS) {
				reader.reject(CRYPTOS, "at most " + DashboardQuery.MAX_CRYPTOS + " cryptos", value);
				return List.copyOf(ids).subList(0, DashboardQuery.MAX_CRYPTOS);
			}
		}
		return List.copyOf(ids);
	}

	private static @Nullable LocalDate date(Map<String, List<String>> parameters, String name, Period period,
			ParameterReader reader) {
		String value = ParameterReader.first(parameters, name);
		if (value == null || period != Period.CUSTOM) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE)) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// named below, like a date out of range
		}
		reader.reject(name, "a date (yyyy-mm-dd) from " + EARLIEST_DATE + " to " + LATEST_DATE, value);
		return null;
	}

	/**
	 * @param query the query to show
	 * @param rejected names of parameters that were invalid and replaced by defaults
	 */
	public record Parsed(DashboardQuery query, List<String> rejected) {

		/**
		 * @return the rejected names, for a notice
		 */
		public String rejectedList() {
			return String.join(", ", this.rejected);
		}

	}

}
