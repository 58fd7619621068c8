package io.cryptoviz.dashboard.base.parameter;

import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A whole-number parameter and its range, the one statement of both that validation,
 * error messages, sliders and the API documentation read.
 *
 * @param name the parameter's name as clients spell it
 * @param min smallest allowed value
 * @param max largest allowed value
 * @param unit what the number counts, with any extra rule, as it reads after the range ("
 * hours")
 */
public record WholeNumber(String name, int min, int max, String unit) {

	// Digits only: a fraction, an exponent, NaN or a hex literal is never a whole number
	// here, and nine digits cannot overflow an int.
	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

	public WholeNumber {
		if (min > max) {
			throw new IllegalArgumentException(name + ": min " + min + " is above max " + max);
		}
	}

	/**
	 * @param floor a lower bound that depends on another parameter
	 * @return the same parameter with its minimum raised to {@code floor} (never past
	 * max)
	 */
	public WholeNumber atLeast(int floor) {
		return new WholeNumber(this.name, Math.min(Math.max(this.min, floor), this.max), this.max, this.unit);
	}

	/**
	 * @return the range in words, as error messages say it
	 */
	public String allowed() {
		return "a whole number from " + this.min + " to " + this.max + this.unit;
	}

	/**
	 * @param text the raw value
	 * @return the number, or empty when the text is not a whole number within range
	 */
	public OptionalInt parse(@Nullable String text) {
		if (text == null) {
			return OptionalInt.empty();
		}
		String stripped = text.strip();
		if (!WHOLE.matcher(stripped).matches()) {
			return OptionalInt.empty();
		}
		int value = Integer.parseInt(stripped);
		return (value < this.min || value > this.max) ? OptionalInt.empty() : OptionalInt.of(value);
	}

}
