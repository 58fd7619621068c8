package io.cryptoviz.dashboard.base.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import io.cryptoviz.dashboard.base.Freshness;
import org.jspecify.annotations.Nullable;

/**
 * Number and time formatting shared by the pages. Times are UTC everywhere, like the
 * store, and say so.
 */
public final class Formats {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Formats() {
	}

	/**
	 * @param value a count
	 * @param locale the page locale
	 * @return grouped digits
	 */
	public static String count(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/**
	 * @param value a USD price
	 * @param locale the page locale
	 * @return two decimals from 1 USD up, four significant digits below
	 */
	public static String usd(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		if (Math.abs(value) >= 1) {
			format.setMinimumFractionDigits(2);
			format.setMaximumFractionDigits(2);
		}
		else {
			format.setMaximumFractionDigits(Math.max(4, 3 - (int) Math.floor(Math.log10(Math.abs(value) + 1e-12))));
		}
		return ((value < 0) ? "-$" : "$") + format.format(Math.abs(value));
	}

	/**
	 * @param value a nullable large USD amount (market cap, volume)
	 * @param locale the page locale
	 * @return "$1.94T"-style, or a dash
	 */
	public static String usdCompact(@Nullable Double value, Locale locale) {
		if (value == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(2);
		return "$" + format.format(value);
	}

	/**
	 * @param value a nullable USD amount
	 * @param locale the page locale
	 * @return the amount, or a dash
	 */
	public static String usdOrDash(@Nullable Double value, Locale locale) {
		return (value == null) ? "–" : usd(value, locale);
	}

	/**
	 * @param value a percentage
	 * @param locale the page locale
	 * @return signed, two decimals
	 */
	public static String percent(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return ((value > 0) ? "+" : "") + format.format(value) + " %";
	}

	/**
	 * @param time an instant
	 * @return "2026-01-02 13:45 UTC"
	 */
	public static String utc(Instant time) {
		return UTC.format(time);
	}

	/**
	 * @param component for translations
	 * @param from the earlier time
	 * @param now the current time
	 * @return "3 min ago", "2 h ago" or "4 d ago"
	 */
	public static String age(Component component, Instant from, Instant now) {
		Duration age = Duration.between(from, now);
		if (age.isNegative() || age.toMinutes() < 1) {
			return component.getTranslation("age.now");
		}
		if (age.toHours() < 1) {
			return component.getTranslation("age.minutes", age.toMinutes());
		}
		if (age.toDays() < 1) {
			return component.getTranslation("age.hours", age.toHours());
		}
		return component.getTranslation("age.days", age.toDays());
	}

	/**
	 * @param freshness a classification
	 * @return the CSS class that colours it
	 */
	public static String tone(Freshness freshness) {
		return switch (freshness) {
			case FRESH -> "cv-fresh";
			case LATE -> "cv-late";
			case STALE -> "cv-stale";
		};
	}

}
