package io.cryptoviz.dashboard.base.parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import io.cryptoviz.model.AssetId;
import org.jspecify.annotations.Nullable;

/**
 * Reads raw parameter values against their rules under one of two policies. Strict (the
 * REST API) throws {@link InvalidParameterException} for the first bad value; lenient
 * (the pages) replaces it by its default and remembers its name for a notice. A missing
 * value is never an error: it takes its default.
 */
public final class ParameterReader {

	private final boolean strict;

	private final List<String> rejected = new ArrayList<>();

	private ParameterReader(boolean strict) {
		this.strict = strict;
	}

	/**
	 * @return a reader that throws for the first bad value
	 */
	public static ParameterReader strict() {
		return new ParameterReader(true);
	}

	/**
	 * @return a reader that falls back to defaults and collects the names it rejected
	 */
	public static ParameterReader lenient() {
		return new ParameterReader(false);
	}

	/**
	 * @param parameters a URL's query parameters
	 * @param name a parameter name
	 * @return its first value, or null when absent
	 */
	public static @Nullable String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.getFirst();
	}

	/**
	 * @param number the parameter and its range
	 * @param value the raw value, or null when absent
	 * @param fallback the default
	 * @return the number, or the default when absent (or, leniently, when bad)
	 */
	public int whole(WholeNumber number, @Nullable String value, int fallback) {
		if (value == null) {
			return fallback;
		}
		OptionalInt parsed = number.parse(value);
		if (parsed.isEmpty()) {
			reject(number.name(), number.allowed(), value);
			return fallback;
		}
		return parsed.getAsInt();
	}

	/**
	 * @param <T> the value type
	 * @param name the parameter
	 * @param value the raw value, or null when absent
	 * @param parser reads a stripped value, empty when it names nothing
	 * @param allowed the accepted values in words, for the error message
	 * @param fallback the default
	 * @return the parsed value, or the default when absent (or, leniently, when bad)
	 */
	public <T> T choice(String name, @Nullable String value, Function<String, Optional<T>> parser, String allowed,
			T fallback) {
		if (value == null) {
			return fallback;
		}
		Optional<T> parsed = parser.apply(value.strip());
		if (parsed.isEmpty()) {
			reject(name, allowed, value);
			return fallback;
		}
		return parsed.get();
	}

	/**
	 * Reads a required asset id (a path variable or body entry): strictly, a missing or
	 * malformed id is an error; leniently, it is null.
	 * @param name the parameter
	 * @param value the raw value
	 * @return the stripped id, or (leniently) null when absent or malformed
	 */
	public @Nullable String assetId(String name, @Nullable String value) {
		String id = (value == null) ? "" : value.strip();
		if (AssetId.isValid(id)) {
			return id;
		}
		if (value != null || this.strict) {
			reject(name, AssetId.RULE, value);
		}
		return null;
	}

	/**
	 * Reports a bad value found by a rule of the caller's own.
	 * @param name the parameter
	 * @param allowed what it allows, in words
	 * @param value what was received
	 * @throws InvalidParameterException when strict
	 */
	public void reject(String name, String allowed, @Nullable String value) {
		if (this.strict) {
			throw new InvalidParameterException(name, allowed, value);
		}
		if (!this.rejected.contains(name)) {
			this.rejected.add(name);
		}
	}

	/**
	 * @return the names rejected so far, in the order they were read
	 */
	public List<String> rejected() {
		return List.copyOf(this.rejected);
	}

}
