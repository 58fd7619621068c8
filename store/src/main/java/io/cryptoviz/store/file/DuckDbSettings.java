package io.cryptoviz.store.file;

import java.util.Properties;

/**
 * DuckDB's own resource bounds for every connection a {@link DuckDbFile} opens: the
 * buffer manager's memory limit (beyond it DuckDB spills to a temporary folder or fails
 * the query) and its worker threads. DuckDB's defaults, 80 % of the machine's RAM and one
 * thread per core, suit a database server, not a process sharing a 1 GB machine with
 * three JVMs.
 *
 * @param memoryLimitBytes DuckDB's {@code memory_limit}, at least 16 MiB; 0 leaves
 * DuckDB's default
 * @param threads DuckDB's {@code threads}, 1 to 256; 0 leaves DuckDB's default
 */
public record DuckDbSettings(long memoryLimitBytes, int threads) {

	/** DuckDB's own defaults: nothing is set. */
	public static final DuckDbSettings ENGINE_DEFAULTS = new DuckDbSettings(0, 0);

	private static final long MIB = 1024 * 1024;

	private static final long MIN_MEMORY = 16 * MIB;

	public DuckDbSettings {
		if (memoryLimitBytes != 0 && memoryLimitBytes < MIN_MEMORY) {
			throw new IllegalArgumentException(
					"DuckDB memory limit must be at least 16MB (or 0 for DuckDB's default), got " + memoryLimitBytes
							+ " bytes");
		}
		if (threads < 0 || threads > 256) {
			throw new IllegalArgumentException(
					"DuckDB threads must be between 1 and 256 (or 0 for DuckDB's default), got " + threads);
		}
	}

	/**
	 * Adds the bounds to the JDBC connection properties, which DuckDB reads as settings.
	 */
	void applyTo(Properties properties) {
		if (this.memoryLimitBytes > 0) {
			// Whole MiB: DuckDB reads "MiB" as 1024^2, where its "MB" is 1000^2.
			properties.setProperty("memory_limit", Math.max(1, this.memoryLimitBytes / MIB) + "MiB");
		}
		if (this.threads > 0) {
			properties.setProperty("threads", Integer.toString(this.threads));
		}
	}

}
