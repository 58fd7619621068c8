package io.cryptoviz.dashboard.base.source;

import java.util.List;
import java.util.Locale;

import io.cryptoviz.model.Source;

/**
 * One source of the catalog.
 *
 * @param source the name its rows are stored under
 * @param label what people read
 * @param color its line colour, {@code #rrggbb}
 * @param aliases short forms accepted in URLs and the API
 */
public record CatalogEntry(Source source, String label, String color, List<String> aliases) {

	public CatalogEntry {
		aliases = List.copyOf(aliases);
	}

	/**
	 * @return the URL and settings key, such as {@code coingecko}
	 */
	public String key() {
		return this.source.key();
	}

	/**
	 * @return the first alias in upper case ({@code CG}), or the label without aliases:
	 * the name in a legend that has room for two
	 */
	public String shortName() {
		return this.aliases.isEmpty() ? this.label : this.aliases.getFirst().toUpperCase(Locale.ROOT);
	}

}
