package io.cryptoviz.store.read;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.cryptoviz.model.Source;

/**
 * The stored source names the reads keep. The consumer stores whatever name a quote
 * carries, so a provider this dashboard is not configured for, or a name spelt otherwise,
 * can appear; its rows are left out of every read rather than failing it.
 *
 * @param names the names, at least one, in order
 */
public record KnownSources(List<Source> names) {

	public KnownSources {
		names = List.copyOf(new TreeSet<>(names));
		if (names.isEmpty()) {
			throw new IllegalArgumentException("at least one source must be known");
		}
	}

	/**
	 * @param names the names
	 * @return the set
	 */
	public static KnownSources of(Source... names) {
		return new KnownSources(List.of(names));
	}

	/**
	 * @param storedName a source column value, of any spelling
	 * @return whether its rows are read
	 */
	boolean contains(String storedName) {
		return Source.isValid(storedName) && this.names.contains(Source.of(storedName));
	}

	/**
	 * @return {@code source IN ('A', 'B')}; the names follow {@link Source#NAME}
	 * (upper-case letters, digits, '_'), so they are safe as SQL literals
	 */
	String sql() {
		return this.names.stream()
			.map(name -> "'" + name.name() + "'")
			.collect(Collectors.joining(", ", "source IN (", ")"));
	}

}
