package io.cryptoviz.dashboard.multisource;

import java.util.List;

import io.cryptoviz.dashboard.base.source.CatalogEntry;

/**
 * The price gap table: one column per source with data, and how they are compared.
 *
 * @param sources the columns, in stored-name order
 * @param method the gap of two, or the spread of more against their median
 * @param rows one per shown crypto, biggest gap first
 */
public record PriceGaps(List<CatalogEntry> sources, SpreadMethod method, List<SpreadRow> rows) {

	public PriceGaps {
		sources = List.copyOf(sources);
		rows = List.copyOf(rows);
	}

}
