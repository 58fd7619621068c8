package io.cryptoviz.dashboard.base.parameter;

import org.jspecify.annotations.Nullable;

/**
 * A request parameter or body field is missing, malformed or out of range. The API
 * answers it with 400 naming the parameter, what it allows and what it received.
 */
public final class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final String allowed;

	private final @Nullable String received;

	/**
	 * @param parameter the parameter's name as the client spells it
	 * @param allowed what it allows, in words
	 * @param received the value received, or null when it was missing
	 */
	public InvalidParameterException(String parameter, String allowed, @Nullable String received) {
		super(parameter + " must be " + allowed + ((received == null) ? "" : ", was '" + abbreviate(received) + "'"),
				null, false, false);
		this.parameter = parameter;
		this.allowed = allowed;
		this.received = (received == null) ? null : abbreviate(received);
	}

	public String parameter() {
		return this.parameter;
	}

	public String allowed() {
		return this.allowed;
	}

	public @Nullable String received() {
		return this.received;
	}

	// Echoing a megabyte of garbage back would help nobody.
	private static String abbreviate(String value) {
		return (value.length() <= 60) ? value : value.substring(0, 57) + "...";
	}

}
