package io.cryptoviz.dashboard.multisource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cryptoviz.dashboard.base.source.SourceSelection;
import org.jspecify.annotations.Nullable;

/**
 * Everything that defines one view of the dashboard; it round-trips through the URL.
 *
 * @param cryptos CoinGecko ids in display order; empty means the top 5 by market cap
 * @param sources all sources ({@code both} or {@code all} in the URL), or one by key or
 * alias
 * @param period the time window
 * @param from first day (UTC) of a custom period, else null
 * @param to last day (UTC, inclusive) of a custom period, else null
 * @param mode how to draw
 */
public record DashboardQuery(List<String> cryptos, SourceSelection sources, Period period, @Nullable LocalDate from,
		@Nullable LocalDate to, DisplayMode mode) {

	/** How many cryptos are shown when the URL names none. */
	public static final int DEFAULT_CRYPTOS = 5;

	/** The most cryptos one view may show; more would make the charts unreadable. */
	public static final int MAX_CRYPTOS = 20;

	/** The view a bare {@code /dashboard} shows. */
	public static final DashboardQuery DEFAULT = new DashboardQuery(List.of(), SourceSelection.ALL, Period.H24, null,
			null, DisplayMode.SHARED);

	public DashboardQuery {
		cryptos = List.copyOf(cryptos);
		if (cryptos.size() > MAX_CRYPTOS) {
			throw new IllegalArgumentException("at most " + MAX_CRYPTOS + " cryptos, got " + cryptos.size());
		}
		if (period == Period.CUSTOM && (from == null || to == null || to.isBefore(from))) {
			throw new IllegalArgumentException("a custom period needs from <= to, got " + from + " .. " + to);
		}
		if (period != Period.CUSTOM) {
			from = null;
			to = null;
		}
	}

	/**
	 * @return the URL parameters, leaving out values equal to the defaults so links stay
	 * short
	 */
	public Map<String, List<String>> toParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (!this.cryptos.isEmpty()) {
			parameters.put(DashboardQueryCodec.CRYPTOS, List.of(String.join(",", this.cryptos)));
		}
		if (!this.sources.equals(DEFAULT.sources)) {
			parameters.put(DashboardQueryCodec.SOURCES, List.of(this.sources.param()));
		}
		if (this.period != DEFAULT.period) {
			parameters.put(DashboardQueryCodec.PERIOD, List.of(this.period.param()));
		}
		if (this.from != null && this.to != null) {
			parameters.put(DashboardQueryCodec.FROM, List.of(this.from.toString()));
			parameters.put(DashboardQueryCodec.TO, List.of(this.to.toString()));
		}
		if (this.mode != DEFAULT.mode) {
			parameters.put(DashboardQueryCodec.MODE, List.of(this.mode.param()));
		}
		return parameters;
	}

}
