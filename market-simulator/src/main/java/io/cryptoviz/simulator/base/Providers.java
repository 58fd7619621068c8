package io.cryptoviz.simulator.base;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cryptoviz.model.Source;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Every simulated provider, as the {@link SimulatedProvider} beans declare them: which
 * one a request path belongs to, the names the admin API and configuration use, and the
 * seed order of the simulated market.
 */
@Component
public final class Providers {

	/** In seed order. */
	private final List<SimulatedProvider> all;

	/** Longest path root first, so the most specific root wins. */
	private final List<SimulatedProvider> byPath;

	private final Map<Source, Integer> seedIndexes;

	public Providers(List<? extends SimulatedProvider> providers) {
		this.all = providers.stream()
			.sorted(Comparator.comparingInt(SimulatedProvider::seedIndex))
			.map(SimulatedProvider.class::cast)
			.toList();
		this.byPath = providers.stream()
			.sorted(Comparator.comparingInt((SimulatedProvider provider) -> provider.pathRoot().length()).reversed())
			.map(SimulatedProvider.class::cast)
			.toList();
		unique("source", SimulatedProvider::source);
		unique("key", SimulatedProvider::key);
		unique("seed index", SimulatedProvider::seedIndex);
		unique("path root", SimulatedProvider::pathRoot);
		this.seedIndexes = this.all.stream()
			.collect(Collectors.toUnmodifiableMap(SimulatedProvider::source, SimulatedProvider::seedIndex));
	}

	private void unique(String what, Function<SimulatedProvider, Object> property) {
		Map<Object, List<String>> owners = this.all.stream()
			.collect(Collectors.groupingBy(property,
					Collectors.mapping((provider) -> provider.getClass().getSimpleName(), Collectors.toList())));
		owners.forEach((value, classes) -> {
			if (classes.size() > 1) {
				throw new IllegalStateException(
						"Simulated providers " + classes + " share the " + what + " " + value + "; each needs its own");
			}
		});
	}

	/** Every provider in seed order. */
	public List<SimulatedProvider> all() {
		return this.all;
	}

	/** Every provider's source in seed order. */
	public List<Source> sources() {
		return this.all.stream().map(SimulatedProvider::source).toList();
	}

	/** The provider serving the path, or {@code null} for admin and actuator paths. */
	public @Nullable SimulatedProvider of(String path) {
		return this.byPath.stream().filter((provider) -> provider.serves(path)).findFirst().orElse(null);
	}

	/** The provider with that admin/configuration name (any case), or {@code null}. */
	public @Nullable SimulatedProvider byKey(String key) {
		String wanted = key.toLowerCase(Locale.ROOT);
		return this.all.stream().filter((provider) -> provider.key().equals(wanted)).findFirst().orElse(null);
	}

	/** Every key in seed order, comma-separated. */
	public String keys() {
		return this.all.stream().map(SimulatedProvider::key).collect(Collectors.joining(", "));
	}

	/** The admin API's choices, for error messages: every key, then {@code all}. */
	public String choices() {
		return keys() + " or all";
	}

	/** The provider's fixed index in the simulated market's seed. */
	public int seedIndex(Source source) {
		Integer index = this.seedIndexes.get(source);
		if (index == null) {
			throw new IllegalArgumentException("No simulated provider for " + source + "; the providers are " + keys());
		}
		return index;
	}

}
