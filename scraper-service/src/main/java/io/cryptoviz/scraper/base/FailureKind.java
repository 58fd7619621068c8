package io.cryptoviz.scraper.base;

import java.util.Locale;

/** Why a call to a provider failed; also the {@code kind} tag of the failure counter. */
public enum FailureKind {

	/** HTTP 429: retried after Retry-After, or at least 60 s. */
	RATE_LIMITED(true),
	/** HTTP 5xx: retried with exponential backoff and jitter. */
	SERVER_ERROR(true),
	/** Connection refused, reset or timed out: retried like a 5xx. */
	IO(true),
	/** HTTP 401/403: the key is wrong; the source is switched off. */
	AUTH(false),
	/** HTML or broken JSON where JSON was expected. */
	MALFORMED(false),
	/** Any other 4xx, or an error inside a 200 envelope. */
	CLIENT_ERROR(false);

	private final boolean retryable;

	FailureKind(boolean retryable) {
		this.retryable = retryable;
	}

	public boolean retryable() {
		return this.retryable;
	}

	public String tag() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
