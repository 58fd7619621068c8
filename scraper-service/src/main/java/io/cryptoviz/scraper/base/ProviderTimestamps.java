package io.cryptoviz.scraper.base;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Reads a provider's ISO-8601 {@code last_updated} (with {@code Z} or an offset, with or
 * without milliseconds). A missing or unreadable value rejects that one entry, never the
 * batch.
 */
public final class ProviderTimestamps {

	private ProviderTimestamps() {
	}

	/**
	 * @throws IllegalArgumentException when the text is missing or not ISO-8601
	 */
	public static Instant parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("last_updated is missing");
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("last_updated is not ISO-8601: '" + text + "'");
		}
	}

}
