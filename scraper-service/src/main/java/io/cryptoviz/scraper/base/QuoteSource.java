package io.cryptoviz.scraper.base;

/**
 * One upstream provider as the cycle sees it: fetch the tracked assets once, normalised.
 */
public interface QuoteSource {

	/** Its name, status, startup line and key hint. */
	SourceProfile profile();

	/** Lower-case name used in logs, metrics and health, e.g. {@code coingecko}. */
	default String name() {
		return profile().name();
	}

	/** Where its health and switch-off state live. */
	default SourceStatus status() {
		return profile().status();
	}

	/**
	 * One human line for the startup log: endpoint, plan and limits, or why it is off.
	 */
	default String describe() {
		return profile().description();
	}

	/** The environment variable a user fixes when the provider refuses the key. */
	default String keyHint() {
		return profile().keyHint();
	}

	/**
	 * Blocks until the source has anything it may quote; the scheduler calls it before
	 * each cycle. A source that keys its quotes by another provider's ids waits here for
	 * them instead of inventing its own.
	 * @throws InterruptedException on shutdown
	 */
	default void awaitReady() throws InterruptedException {
	}

	/**
	 * Fetches and normalises one batch.
	 * @return the valid quotes and the counts of what was dropped
	 * @throws FetchException when the provider could not be read
	 * @throws InterruptedException on shutdown
	 */
	SourceBatch fetch() throws InterruptedException;

}
