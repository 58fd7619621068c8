package io.cryptoviz.systemtest.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code .env.example} is where a user learns what can be set. These fail when code,
 * properties, compose or the script start reading a setting it does not list.
 */
class EnvExampleListsEverySettingTest {

	/** The project root: tests run in system-tests/. */
	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	/**
	 * Variables that belong to the platform, not to CryptoViz: the script reads them the
	 * way every tool does.
	 */
	private static final Set<String> PLATFORM = Set.of("CI", "HOME", "JAVA_HOME", "PATH", "XDG_CACHE_HOME");

	private final SettingsReadByTheStack stack = new SettingsReadByTheStack(ROOT);

	@Test
	void every_cryptoviz_property_of_every_service_has_an_entry() throws IOException {
		EnvExample example = EnvExample.read(ROOT.resolve(".env.example"));
		List<SettingsReadByTheStack.Property> properties = this.stack.cryptovizProperties();

		Set<String> unlisted = new TreeSet<>();
		for (SettingsReadByTheStack.Property property : properties) {
			boolean listed = property.environmentNames().stream().anyMatch(example::lists)
					|| property.placeholderVariables().stream().anyMatch(example::lists)
					|| (property.map() && property.environmentNames()
						.stream()
						.anyMatch((name) -> example.listsAnyStartingWith(name + "_")));
			if (!listed) {
				unlisted.add(property.name() + " (e.g. " + property.environmentNames().iterator().next() + ")");
			}
		}

		assertThat(properties).as("cryptoviz.* properties found in the services' metadata").hasSizeGreaterThan(20);
		assertThat(unlisted).as("properties with no entry in .env.example").isEmpty();
	}

	@Test
	void every_variable_the_services_read_has_an_entry() throws IOException {
		EnvExample example = EnvExample.read(ROOT.resolve(".env.example"));
		Map<String, Set<String>> read = this.stack.variablesReadByTheServices();

		assertThat(read.values().stream().mapToInt(Set::size).sum()).as("variables found").isGreaterThan(5);
		read.forEach((module, names) -> assertThat(unlisted(names, example))
			.as("variables %s reads that .env.example does not list", module)
			.isEmpty());
	}

	@Test
	void every_variable_docker_compose_reads_has_an_entry() throws IOException {
		EnvExample example = EnvExample.read(ROOT.resolve(".env.example"));
		Set<String> read = this.stack.variablesReadByCompose();

		assertThat(read).as("variables found").hasSizeGreaterThan(5);
		assertThat(unlisted(read, example)).as("variables docker-compose.yml reads that .env.example does not list")
			.isEmpty();
	}

	@Test
	void every_variable_the_cryptoviz_script_reads_has_an_entry() throws IOException {
		EnvExample example = EnvExample.read(ROOT.resolve(".env.example"));
		Set<String> read = new TreeSet<>(this.stack.variablesReadByTheScript());
		read.removeAll(PLATFORM);

		assertThat(read).as("variables found").hasSizeGreaterThan(5);
		assertThat(unlisted(read, example)).as("variables ./cryptoviz reads that .env.example does not list").isEmpty();
	}

	private static Set<String> unlisted(Set<String> names, EnvExample example) {
		Set<String> unlisted = new TreeSet<>(names);
		unlisted.removeIf(example::lists);
		return unlisted;
	}

}
