package io.cryptoviz.dashboard.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Analyses of several assets, in the order asked (duplicates dropped).
 *
 * @param results one entry per asset
 */
record BatchResponse(List<Item> results) {

	/**
	 * @param asset the id as asked
	 * @param analysis the analysis without forecast paths, or null
	 * @param error why there is none (unknown asset, no prices for the source), or null
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Item(String asset, @Nullable PredictionDto analysis, @Nullable String error) {
	}

}
