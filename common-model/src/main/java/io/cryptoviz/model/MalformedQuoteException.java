package io.cryptoviz.model;

/**
 * A wire message that is not a valid quote. The message says what was wrong, in words fit
 * for the dead-letter list.
 */
public final class MalformedQuoteException extends RuntimeException {

	public MalformedQuoteException(String message) {
		super(message);
	}

	public MalformedQuoteException(String message, Throwable cause) {
		super(message, cause);
	}

}
