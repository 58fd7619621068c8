package io.cryptoviz.scraper.base;

/**
 * A provider call that failed in an expected way. The message is one human sentence
 * (status, provider error code and text) and never contains a key, a header or a stack
 * trace; callers log {@link #getMessage()} only.
 */
public final class FetchException extends RuntimeException {

	private final FailureKind kind;

	private final int attempts;

	public FetchException(FailureKind kind, String message) {
		this(kind, message, 1);
	}

	public FetchException(FailureKind kind, String message, int attempts) {
		super(message, null, false, false);
		this.kind = kind;
		this.attempts = attempts;
	}

	public FailureKind kind() {
		return this.kind;
	}

	public int attempts() {
		return this.attempts;
	}

	FetchException afterAttempts(int attempts) {
		return new FetchException(this.kind, getMessage(), attempts);
	}

}
