package io.cryptoviz.dashboard.base.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * Redis as the dashboard sees it.
 *
 * @param reachable whether Redis answered
 * @param queueDepth quotes waiting for the consumer (0 when unreachable)
 * @param deadLetterDepth quotes the consumer rejected
 * @param dataMode "live", "simulated", or null when the scraper has not said
 * @param problem why Redis could not be read, or null
 */
public record PipelineStatus(boolean reachable, long queueDepth, long deadLetterDepth, @Nullable String dataMode,
		@Nullable String problem) {

	/** The value the scraper writes when it polls the market simulator. */
	public static final String SIMULATED = "simulated";

	static PipelineStatus unreachable(String problem) {
		return new PipelineStatus(false, 0, 0, null, problem);
	}

	/**
	 * @return whether the data on screen comes from the simulator
	 */
	public boolean simulated() {
		return SIMULATED.equalsIgnoreCase(this.dataMode);
	}

}
