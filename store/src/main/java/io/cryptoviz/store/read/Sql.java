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

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Parameter binding helpers. The store's TIMESTAMP columns hold UTC wall-clock time
 * without a zone, so instants cross as UTC {@link LocalDateTime}s and never through the
 * JVM's default zone.
 */
final class Sql {

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
	 * @param name as stored, from a row {@link KnownSources#sql()} let through
	 * @return the source
	 */
	static Source source(String name) {
		return Source.of(name);
	}

}
