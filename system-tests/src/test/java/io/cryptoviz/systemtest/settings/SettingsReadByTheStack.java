package io.cryptoviz.systemtest.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the stack reads from its environment, found in the checkout itself: the
 * configuration metadata Spring Boot's processor writes for each service, the
 * {@code @Value} reads of {@code cryptoviz.*} properties in their code, the
 * {@code ${VAR}} placeholders in the services' properties, the variables named in their
 * code, and those read by docker-compose.yml and the {@code cryptoviz} script.
 */
final class SettingsReadByTheStack {

	/** The modules whose main code or properties a running stack reads. */
	static final List<String> MODULES = List.of("common-model", "store", "market-simulator", "scraper-service",
			"consumer-service", "dashboard-service");

	/** The four Spring Boot services, which each have configuration metadata. */
	static final List<String> SERVICES = List.of("market-simulator", "scraper-service", "consumer-service",
			"dashboard-service");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

	private static final Pattern SCRIPT_READ = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):[-?=]");

	/**
	 * Names in code: {@code getenv("X")}, {@code getOrDefault("X", ...)} on an env map,
	 * {@code X_ENV = "X"}.
	 */
	private static final Pattern CODE_READ = Pattern
		.compile("(?:getenv\\(|getOrDefault\\(|getProperty\\(|_ENV\\s*=\\s*)\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

	/**
	 * A property read straight from the environment, e.g.
	 * {@code @Value("${cryptoviz.x.y:}")}.
	 */
	private static final Pattern VALUE_READ = Pattern.compile("\\$\\{(cryptoviz\\.[a-z0-9.-]+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path root;

	SettingsReadByTheStack(Path root) {
		this.root = root;
	}

	/**
	 * @param property a {@code cryptoviz.*} property from a service's metadata
	 * @param map whether it is a map (its keys are names the user chooses)
	 * @param placeholderVariables the variables the service's properties file assigns it
	 * from
	 */
	record Property(String name, boolean map, Set<String> placeholderVariables) {

		/**
		 * Spring's canonical form (dashes dropped) and its legacy form (dashes as
		 * underscores).
		 */
		Set<String> environmentNames() {
			String upper = this.name.toUpperCase(Locale.ROOT).replace('.', '_');
			return new LinkedHashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
		}

	}

	List<Property> cryptovizProperties() throws IOException {
		List<Property> properties = new ArrayList<>();
		for (String service : SERVICES) {
			Path metadata = this.root.resolve(service)
				.resolve("target/classes/META-INF/spring-configuration-metadata.json");
			if (!Files.isRegularFile(metadata)) {
				throw new IllegalStateException(metadata + " is missing: build the services first (./cryptoviz test, "
						+ "or ./mvnw -DskipTests package), since Spring Boot's configuration processor writes it");
			}
			Map<String, Set<String>> assigned = placeholdersByProperty(service);
			JsonNode root;
			try (InputStream in = Files.newInputStream(metadata)) {
				root = JSON.readTree(in);
			}
			for (JsonNode property : root.path("properties")) {
				String name = property.path("name").asString();
				if (name.startsWith("cryptoviz.")) {
					boolean map = property.path("type").asString().startsWith("java.util.Map<");
					properties.add(new Property(name, map, assigned.getOrDefault(name, Set.of())));
				}
			}
		}
		for (String module : MODULES) {
			for (Path file : files(this.root.resolve(module).resolve("src/main/java"), ".java")) {
				for (String name : matches(VALUE_READ, Files.readString(file))) {
					properties.add(new Property(name, false, Set.of()));
				}
			}
		}
		return properties;
	}

	/** Variables read through placeholders and in code, by module. */
	Map<String, Set<String>> variablesReadByTheServices() throws IOException {
		Map<String, Set<String>> read = new LinkedHashMap<>();
		for (String module : MODULES) {
			Set<String> names = new TreeSet<>();
			for (Path file : files(this.root.resolve(module).resolve("src/main/resources"), ".properties")) {
				names.addAll(matches(PLACEHOLDER, Files.readString(file)));
			}
			for (Path file : files(this.root.resolve(module).resolve("src/main/java"), ".java")) {
				names.addAll(matches(CODE_READ, Files.readString(file)));
			}
			read.put(module, names);
		}
		return read;
	}

	Set<String> variablesReadByCompose() throws IOException {
		Set<String> names = new TreeSet<>();
		for (String line : Files.readAllLines(this.root.resolve("docker-compose.yml"))) {
			if (!line.stripLeading().startsWith("#")) {
				names.addAll(matches(PLACEHOLDER, line));
			}
		}
		return names;
	}

	Set<String> variablesReadByTheScript() throws IOException {
		Set<String> names = new TreeSet<>();
		for (String line : Files.readAllLines(this.root.resolve("cryptoviz"))) {
			if (!line.stripLeading().startsWith("#")) {
				names.addAll(matches(SCRIPT_READ, line));
			}
		}
		return names;
	}

	private Map<String, Set<String>> placeholdersByProperty(String service) throws IOException {
		Map<String, Set<String>> assigned = new LinkedHashMap<>();
		for (Path file : files(this.root.resolve(service).resolve("src/main/resources"), ".properties")) {
			for (String line : Files.readAllLines(file)) {
				int equals = line.indexOf('=');
				if (equals > 0 && !line.startsWith("#")) {
					assigned.computeIfAbsent(line.substring(0, equals).strip(), (key) -> new TreeSet<>())
						.addAll(matches(PLACEHOLDER, line.substring(equals + 1)));
				}
			}
		}
		return assigned;
	}

	private static List<Path> files(Path folder, String suffix) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter((path) -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
