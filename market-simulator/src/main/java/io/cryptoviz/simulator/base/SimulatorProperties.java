package io.cryptoviz.simulator.base;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the simulator, bound from {@code cryptoviz.simulator.*}.
 *
 * @param seed seed of every price path; the same seed and clock give the same numbers
 * @param assetCount how many assets of the catalog (in catalog order) are served
 * @param spread largest relative deviation of one provider's price from the shared path
 * @param cmcApiKey the only {@code X-CMC_PRO_API_KEY} accepted; not a real secret, but
 * kept out of {@link #toString()} and logs like one
 * @param frozenAt when set, the clock starts frozen at this instant (reproducible demos)
 * @param requestLogSize how many recent requests {@code /admin/requests} keeps
 * @param faults faults active from startup, by provider key
 * ({@code cryptoviz.simulator.faults.coingecko.fault=RATE_LIMIT}); each stays until
 * cleared through the admin API or used up, and a key that names no provider stops
 * startup
 */
@ConfigurationProperties("cryptoviz.simulator")
@Validated
public record SimulatorProperties(@DefaultValue("42") long seed, @DefaultValue("" + CATALOG_SIZE) @Min(value = 1,
		message = "cryptoviz.simulator.asset-count must be between 1 and " + CATALOG_SIZE) @Max(value = CATALOG_SIZE,
				message = "cryptoviz.simulator.asset-count must be between 1 and " + CATALOG_SIZE) int assetCount,
		@DefaultValue("0.002") @DecimalMin(value = "0",
				message = "cryptoviz.simulator.spread must be between 0 and 0.01 (a fraction of the price)") @DecimalMax(
						value = "0.01",
						message = "cryptoviz.simulator.spread must be between 0 and 0.01 (a fraction of the price)") double spread,
		@DefaultValue("simulator-key") @NotBlank(
				message = "cryptoviz.simulator.cmc-api-key must not be blank") String cmcApiKey,
		@Nullable Instant frozenAt,
		@DefaultValue("1000") @Min(value = 1,
				message = "cryptoviz.simulator.request-log-size must be between 1 and 100000") @Max(value = 100_000,
						message = "cryptoviz.simulator.request-log-size must be between 1 and 100000") int requestLogSize,
		@DefaultValue Map<String, @Valid FaultRule> faults) {

	/**
	 * Number of assets in the built-in catalog; the catalog checks it holds exactly this
	 * many.
	 */
	public static final int CATALOG_SIZE = 21;

	@Override
	public String toString() {
		return "SimulatorProperties[seed=" + this.seed + ", assetCount=" + this.assetCount + ", spread=" + this.spread
				+ ", cmcApiKey=***, frozenAt=" + this.frozenAt + ", requestLogSize=" + this.requestLogSize + ", faults="
				+ this.faults + "]";
	}

}
