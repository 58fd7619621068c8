package io.cryptoviz.dashboard.base;

import io.cryptoviz.store.file.DuckDbSettings;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * DuckDB's resource bounds on the reading side of the file, bound from
 * {@code cryptoviz.dashboard.duckdb.*}. The defaults suit a 1 GB machine shared with the
 * other services (DuckDB's own: 80 % of RAM and one thread per core).
 *
 * @param memoryLimit DuckDB's {@code memory_limit}: 16MB to 64GB, or 0 for DuckDB's
 * default
 * @param threads DuckDB's {@code threads}: 1 to 256, or 0 for DuckDB's default
 */
@Validated
@ConfigurationProperties("cryptoviz.dashboard.duckdb")
public record DuckDbProperties(@DefaultValue("128MB") @NotNull DataSize memoryLimit,
		@DefaultValue("2") @Range(min = 0, max = 256) int threads) {

	public DuckDbProperties {
		if (memoryLimit != null && memoryLimit.toBytes() != 0
				&& (memoryLimit.toMegabytes() < 16 || memoryLimit.toGigabytes() > 64)) {
			throw new IllegalArgumentException(
					"cryptoviz.dashboard.duckdb.memory-limit must be between 16MB and 64GB (or 0 for DuckDB's default), got "
							+ memoryLimit);
		}
	}

	/** The bounds as the store module takes them. */
	public DuckDbSettings settings() {
		return new DuckDbSettings(this.memoryLimit.toBytes(), this.threads);
	}

}
