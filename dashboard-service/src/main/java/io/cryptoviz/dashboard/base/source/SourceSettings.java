package io.cryptoviz.dashboard.base.source;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.cryptoviz.model.Source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sources the dashboard shows, bound from {@code cryptoviz.dashboard.sources.<key>.*}
 * as named instances. The key is the stored source name in lower case
 * ({@code coinpaprika} reads rows stored as {@code COINPAPRIKA}); rows of any other name
 * are left out of every read. {@link SourceCatalog} checks what spans entries (keys that
 * are valid source names, aliases and colours used once).
 *
 * @param sources per key, how the source is shown; at least one
 */
@Validated
@ConfigurationProperties("cryptoviz.dashboard")
public record SourceSettings(
		@NotEmpty(message = "must name at least one source") Map<String, @Valid Instance> sources) {

	/** What "all sources" is spelt as; today's dashboard URLs say {@code both}. */
	static final List<String> ALL = List.of("all", "both");

	public SourceSettings {
		sources = (sources == null) ? Map.of() : normalised(sources);
		Map<String, String> owners = new HashMap<>();
		Map<String, String> colours = new HashMap<>();
		ALL.forEach(word -> owners.put(word, "all sources"));
		sources.forEach((key, instance) -> {
			if (!Source.isValid(key.toUpperCase(Locale.ROOT))) {
				throw new IllegalArgumentException("cryptoviz.dashboard.sources." + key
						+ ": the key must be a stored source name in lower case (letters, digits, '_'), was '" + key
						+ "'");
			}
			claim(owners, key, key, "key");
			if (instance != null) {
				instance.aliases().forEach(alias -> claim(owners, alias, key, "aliases"));
				if (instance.color() != null) {
					String before = colours.putIfAbsent(instance.color().toLowerCase(Locale.ROOT), key);
					if (before != null) {
						throw new IllegalArgumentException(
								"cryptoviz.dashboard.sources." + key + ".color (" + instance.color()
										+ ") is also the colour of " + before + "; each source needs its own colour");
					}
				}
			}
		});
	}

	private static Map<String, Instance> normalised(Map<String, Instance> sources) {
		Map<String, Instance> keyed = new TreeMap<>();
		sources.forEach((key, instance) -> keyed.put(key.strip().toLowerCase(Locale.ROOT), instance));
		return Collections.unmodifiableMap(keyed);
	}

	private static void claim(Map<String, String> owners, String word, String key, String setting) {
		String before = owners.putIfAbsent(word, key);
		if (before != null && !before.equals(key)) {
			throw new IllegalArgumentException("cryptoviz.dashboard.sources." + key + "." + setting + ": '" + word
					+ "' also names " + before + "; a URL value must name one source");
		}
	}

	/**
	 * One source.
	 *
	 * @param label what people read, for example {@code CoinGecko}
	 * @param color its line colour in every chart, {@code #rrggbb}
	 * @param aliases short forms URLs and the API accept besides the key, such as
	 * {@code cg}; the first one, in upper case, names it in the two-source gap legend
	 */
	public record Instance(@NotBlank(message = "must not be blank") String label,
			@NotNull(message = "must be a colour like #1f77b4") @Pattern(regexp = "#[0-9a-fA-F]{6}",
					message = "must be a colour like #1f77b4") String color,
			@DefaultValue List<@Pattern(regexp = "[a-z][a-z0-9_]{0,31}",
					message = "must be lower-case letters, digits or '_', starting with a letter") String> aliases) {

		public Instance {
			aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
		}

	}

}
