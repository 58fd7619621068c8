package io.cryptoviz.dashboard.base.source;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Which sources a page or an API call reads: all of the catalog's, or one. The
 * Multi-Source page ({@code sources=}), the Predictions page and the REST API
 * ({@code source=}) all use it; {@link SourceCatalog#parse} reads it from text.
 *
 * @param only the one source, or null for all sources
 */
public record SourceSelection(@Nullable Source only) {

	/**
	 * The values of the shipped catalog, for documentation that needs a constant
	 * (OpenAPI); errors list what the running catalog accepts
	 * ({@link SourceCatalog#allowed()}).
	 */
	public static final String DOCUMENTED = "all, coingecko (or cg), coinmarketcap (or cmc), coinpaprika (or cp), "
			+ "or another source configured under cryptoviz.dashboard.sources";

	/** Every source of the catalog. */
	public static final SourceSelection ALL = new SourceSelection(null);

	/**
	 * @param source the source
	 * @return that source alone
	 */
	public static SourceSelection of(Source source) {
		return new SourceSelection(source);
	}

	/**
	 * @return whether every source is read
	 */
	public boolean isAll() {
		return this.only == null;
	}

	/**
	 * @return the URL and API value: {@code all}, or the source's key such as
	 * {@code coingecko}
	 */
	public String param() {
		return (this.only == null) ? "all" : this.only.key();
	}

	@Override
	public String toString() {
		return param();
	}

}
