package io.cryptoviz.model;

import java.time.Instant;

import tools.jackson.core.JacksonException;

/**
 * A message the consumer could not store, kept with the reason so an operator can see
 * what went wrong and replay it after a fix.
 *
 * @param reason why it was rejected, in words
 * @param payload the raw message exactly as it was read
 * @param rejectedAt when the consumer rejected it, UTC
 */
public record DeadLetter(String reason, String payload, Instant rejectedAt) {

	public DeadLetter {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("reason must not be blank, was " + reason);
		}
		if (payload == null) {
			throw new IllegalArgumentException("payload is required, was null");
		}
		if (rejectedAt == null) {
			throw new IllegalArgumentException("rejectedAt is required, was null");
		}
	}

	public String toJson() {
		return QuoteCodec.mapper().writeValueAsString(this);
	}

	public static DeadLetter fromJson(String json) {
		try {
			return QuoteCodec.mapper().readValue(json, DeadLetter.class);
		}
		catch (JacksonException ex) {
			throw new MalformedQuoteException("not a dead-letter entry: " + ex.getOriginalMessage());
		}
	}

}
