package io.cryptoviz.systemtest;

/**
 * Fast (CI) or full sizes of the scenarios, chosen by the system property
 * {@code cryptoviz.reliability} ({@code fast} by default, {@code full} from
 * {@code ./cryptoviz check --full}).
 */
enum Scale {

	FAST, FULL;

	static Scale current() {
		return "full".equalsIgnoreCase(System.getProperty("cryptoviz.reliability", "fast")) ? FULL : FAST;
	}

	<T> T pick(T fast, T full) {
		return (this == FULL) ? full : fast;
	}

}
