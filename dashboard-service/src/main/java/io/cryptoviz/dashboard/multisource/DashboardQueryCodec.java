package io.cryptoviz.dashboard.multisource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link DashboardQuery} from URL parameters. Anything invalid falls back to its
 * default and is named in {@link Parsed#rejected()}, so the page can say what it ignored
 * instead of failing.
 */
public final class DashboardQueryCodec {

	static final String CRYPTOS = "cryptos";

	static final String SOURCES = "sources";

	static final String PERIOD = "period";

	static final String FROM = "from";

	static final String TO = "to";

	static final String MODE = "mode";

	// CoinGecko ids are lower-case words joined by dashes; anything else cannot be one.
	private static final Pattern ASSET_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

	private DashboardQueryCodec() {
	}

	/**
	 * @param parameters the URL's query parameters
	 * @param catalog the sources a URL may name
	 * @return the query and the names of parameters that were ignored
	 */
	public static Parsed parse(Map<String, List<String>> parameters, SourceCatalog catalog) {
		List<String> rejected = new ArrayList<>();
		List<String> cryptos = cryptos(first(parameters, CRYPTOS), rejected);
		SourceSelection sources = choose(parameters, SOURCES, catalog::parse, DashboardQuery.DEFAULT.sources(),
				rejected);
		Period period = choose(parameters, PERIOD, Period::fromParam, DashboardQuery.DEFAULT.period(), rejected);
		DisplayMode mode = choose(parameters, MODE, DisplayMode::fromParam, DashboardQuery.DEFAULT.mode(), rejected);
		LocalDate from = date(parameters, FROM, period, rejected);
		LocalDate to = date(parameters, TO, period, rejected);
		if (period == Period.CUSTOM && (from == null || to == null || to.isBefore(from))) {
			rejected.add(PERIOD);
			period = DashboardQuery.DEFAULT.period();
		}
		return new Parsed(new DashboardQuery(cryptos, sources, period, from, to, mode), List.copyOf(rejected));
	}

	private static List<String> cryptos(@Nullable String value, List<String> rejected) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		for (String id : value.split(",")) {
			String trimmed = id.strip();
			if (ASSET_ID.matcher(trimmed).matches()) {
				ids.add(trimmed);
			}
			else if (!trimmed.isEmpty() && !rejected.contains(CRYPTOS)) {
				rejected.add(CRYPTOS);
			}
		}
		if (ids.size() > DashboardQuery.MAX_CRYPTOS) {
			rejected.add(CRYPTOS);
			return List.copyOf(ids).subList(0, DashboardQuery.MAX_CRYPTOS);
		}
		return List.copyOf(ids);
	}

	private static <T> T choose(Map<String, List<String>> parameters, String name, Function<String, Optional<T>> parser,
			T fallback, List<String> rejected) {
		String value = first(parameters, name);
		if (value == null) {
			return fallback;
		}
		Optional<T> parsed = parser.apply(value.strip());
		if (parsed.isEmpty()) {
			rejected.add(name);
		}
		return parsed.orElse(fallback);
	}

	private static @Nullable LocalDate date(Map<String, List<String>> parameters, String name, Period period,
			List<String> rejected) {
		String value = first(parameters, name);
		if (value == null || period != Period.CUSTOM) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			rejected.add(name);
			return null;
		}
	}

	private static @Nullable String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.getFirst();
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
			return String.join(", ", Arrays.asList(this.rejected.toArray(String[]::new)));
		}

	}

}
