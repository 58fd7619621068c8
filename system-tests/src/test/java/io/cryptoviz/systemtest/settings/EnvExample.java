package io.cryptoviz.systemtest.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables {@code .env.example} lists: {@code NAME=value} lines, and
 * {@code # NAME=value} lines for settings shown with their default but left unset.
 */
record EnvExample(Set<String> names) {

	private static final Pattern ENTRY = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);

	static EnvExample read(Path file) throws IOException {
		Set<String> names = new TreeSet<>();
		Matcher entry = ENTRY.matcher(Files.readString(file));
		while (entry.find()) {
			names.add(entry.group(1));
		}
		return new EnvExample(names);
	}

	boolean lists(String name) {
		return this.names.contains(name);
	}

	boolean listsAnyStartingWith(String prefix) {
		return this.names.stream().anyMatch((name) -> name.startsWith(prefix));
	}

}
