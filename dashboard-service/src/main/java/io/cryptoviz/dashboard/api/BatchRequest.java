package io.cryptoviz.dashboard.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body of a batch analysis. Numbers are read as text and validated like the query
 * parameters of the single-asset endpoint, so 4.5 or "four" get the same 400.
 *
 * @param assets 1 to 100 CoinGecko ids
 * @param horizon hours ahead, 1 to 24 (default 4)
 * @param history hours of history, 6 to 72 (default 24)
 * @param source all (default), or one source by key or alias (coingecko, cg, cmc, cp,
 * ...)
 * @param maShort MA short window, 5 to 30 (default 20)
 * @param maLong MA long window, 20 to 100 and not below ma_short (default 50)
 * @param momentum momentum period, 5 to 30 (default 14)
 */
record BatchRequest(@Nullable List<@Nullable String> assets,
		@Schema(type = "integer", example = "4") @Nullable String horizon,
		@Schema(type = "integer", example = "24") @Nullable String history,
		@Schema(example = "all") @Nullable String source,
		@JsonProperty(AnalysisParameters.MA_SHORT) @Schema(type = "integer", example = "20") @Nullable String maShort,
		@JsonProperty(AnalysisParameters.MA_LONG) @Schema(type = "integer", example = "50") @Nullable String maLong,
		@Schema(type = "integer", example = "14") @Nullable String momentum) {

	AnalysisParameters parameters() {
		return new AnalysisParameters(this.horizon, this.history, this.source, this.maShort, this.maLong,
				this.momentum);
	}

}
