package io.cryptoviz.store.read;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Parameter binding helpers. The store's TIMESTAMP columns hold UTC wall-clock time
 * without a zone, so instants cross as UTC {@link LocalDateTime}s and never through the
 * JVM's default zone.
 */
final class Sql {

	/** Names of the sources this version knows, as the consumer stores them. */
	static final List<String> KNOWN_NAMES = List.of(Source.COINGECKO.name(), Source.COINMARKETCAP.name());

	/**
	 * Keeps the rows of sources this version knows. The consumer stores the name a quote
	 * carries, so a provider added later or a name spelt otherwise can appear; those rows
	 * are left out of every read rather than failing it. The names are enum constants,
	 * never user text.
	 */
	static final String KNOWN_SOURCE = KNOWN_NAMES.stream()
		.map(name -> "'" + name + "'")
		.collect(Collectors.joining(", ", "source IN (", ")"));

	private Sql() {
	}

	/**
	 * @return "?, ?, ?" for an IN list of that many values
	 */
	static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	static int bind(PreparedStatement statement, int index, Collection<?> values) throws SQLException {
		int next = index;
		for (Object value : values) {
			statement.setObject(next++, (value instanceof Source source) ? source.name() : value);
		}
		return next;
	}

	static void bind(PreparedStatement statement, int index, Instant instant) throws SQLException {
		statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	static Instant instant(ResultSet rows, int column) throws SQLException {
		return rows.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
	}

	static @Nullable Double nullableDouble(ResultSet rows, int column) throws SQLException {
		double value = rows.getDouble(column);
		return rows.wasNull() ? null : value;
	}

	static List<Source> sources(@Nullable String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split(",")).map(Sql::source).toList();
	}

	/**
	 * @param name as stored, from a row {@link #KNOWN_SOURCE} let through
	 * @return the source
	 */
	static Source source(String name) {
		return Source.of(name);
	}

	/**
	 * @param name as stored
	 * @return the source stored under exactly this name, or null if this version does not
	 * know it
	 */
	static @Nullable Source known(String name) {
		return KNOWN_NAMES.contains(name) ? Source.of(name) : null;
	}

}
