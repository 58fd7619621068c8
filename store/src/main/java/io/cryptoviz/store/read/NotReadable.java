package io.cryptoviz.store.read;

import java.time.Duration;

/**
 * The expected reasons a read returns no data. Callers turn each into a state of their
 * own (the dashboard shows "waiting for first data", "busy", "unreadable").
 */
public abstract sealed class NotReadable extends Exception {

	private NotReadable(String message) {
		super(message, null, false, false);
	}

	/**
	 * Nothing stored yet: no file, no table or no rows; normal right after a first start.
	 */
	public static final class NoDataYet extends NotReadable {

		public NoDataYet(String reason) {
			super(reason);
		}

	}

	/** The writer held the file for longer than the read waits. */
	public static final class Busy extends NotReadable {

		private final int attempts;

		private final Duration waited;

		Busy(int attempts, Duration waited) {
			super("store locked by a writer for " + waited.toMillis() + " ms over " + attempts + " attempts");
			this.attempts = attempts;
			this.waited = waited;
		}

		/** How many opens were tried. */
		public int attempts() {
			return this.attempts;
		}

		/** How long the read waited in total. */
		public Duration waited() {
			return this.waited;
		}

	}

	/** The file could not be read for another reason (damaged, or an older schema). */
	public static final class Unreadable extends NotReadable {

		Unreadable(String message) {
			super(message);
		}

	}

}
