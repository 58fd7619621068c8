package io.cryptoviz.dashboard.base.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cryptoviz.store.read.KnownSources;
import io.cryptoviz.model.Source;

/**
 * The sources this dashboard shows, in stored-name order: which rows it reads, what each
 * is called and which colour its lines have, and how a URL or API value names one. Built
 * from {@link SourceSettings}; a stored name outside it is left out of every read.
 */
public final class SourceCatalog {

	/** Colour of a line whose source is not in the catalog; the reads leave those out. */
	static final String UNKNOWN_COLOR = "#7f7f7f";

	private final Map<Source, CatalogEntry> entries = new LinkedHashMap<>();

	private final Map<String, SourceSelection> names = new LinkedHashMap<>();

	/**
	 * @param settings the bound settings, already checked
	 */
	public SourceCatalog(SourceSettings settings) {
		settings.sources()
			.entrySet()
			.stream()
			.map(e -> new CatalogEntry(Source.of(e.getKey().toUpperCase(Locale.ROOT)), e.getValue().label(),
					e.getValue().color(), e.getValue().aliases()))
			.sorted((a, b) -> a.source().compareTo(b.source()))
			.forEach(entry -> this.entries.put(entry.source(), entry));
		SourceSettings.ALL.forEach(word -> this.names.put(word, SourceSelection.ALL));
		for (CatalogEntry entry : this.entries.values()) {
			this.names.put(entry.key(), SourceSelection.of(entry.source()));
			entry.aliases().forEach(alias -> this.names.put(alias, SourceSelection.of(entry.source())));
		}
	}

	/**
	 * @return every source, in stored-name order
	 */
	public List<CatalogEntry> entries() {
		return List.copyOf(this.entries.values());
	}

	/**
	 * @return the stored names read, in order
	 */
	public Set<Source> sources() {
		return new LinkedHashSet<>(this.entries.keySet());
	}

	/**
	 * @return the names for the store's reads
	 */
	public KnownSources known() {
		return new KnownSources(List.copyOf(this.entries.keySet()));
	}

	/**
	 * @param source a stored source
	 * @return its entry, or empty if the catalog does not have it
	 */
	public Optional<CatalogEntry> entry(Source source) {
		return Optional.ofNullable(this.entries.get(source));
	}

	/**
	 * @param source a stored source
	 * @return its label, or the stored name when the catalog does not have it
	 */
	public String label(Source source) {
		return entry(source).map(CatalogEntry::label).orElse(source.name());
	}

	/**
	 * @param source a stored source
	 * @return its line colour
	 */
	public String color(Source source) {
		return entry(source).map(CatalogEntry::color).orElse(UNKNOWN_COLOR);
	}

	/**
	 * @return "all sources", then each source alone, as filters offer them
	 */
	public List<SourceSelection> selections() {
		List<SourceSelection> selections = new ArrayList<>();
		selections.add(SourceSelection.ALL);
		this.entries.keySet().forEach(source -> selections.add(SourceSelection.of(source)));
		return selections;
	}

	/**
	 * @param value a URL or API value, case-insensitive: {@code all} or {@code both}, a
	 * key or one of its aliases
	 * @return the selection, or empty if the value names none
	 */
	public Optional<SourceSelection> parse(String value) {
		return Optional.ofNullable(this.names.get(value.strip().toLowerCase(Locale.ROOT)));
	}

	/**
	 * @return the accepted values for error messages and the OpenAPI document, such as
	 * "all, coingecko (or cg), coinmarketcap (or cmc)"
	 */
	public String allowed() {
		return this.entries.values()
			.stream()
			.map(entry -> entry.key()
					+ (entry.aliases().isEmpty() ? "" : " (or " + String.join(", ", entry.aliases()) + ")"))
			.collect(Collectors.joining(", ", "all, ", ""));
	}

	/**
	 * @param selection all or one
	 * @return the stored names it reads
	 */
	public Set<Source> resolve(SourceSelection selection) {
		return (selection.only() == null) ? sources() : Set.of(selection.only());
	}

}
