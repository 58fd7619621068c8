package io.cryptoviz.systemtest.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM flags are sized for a small machine in two places: {@code java_opts} in the
 * {@code cryptoviz} script and the Dockerfile's {@code JAVA_TOOL_OPTIONS} plus each
 * target's {@code JDK_JAVA_OPTIONS}. These fail when one changes without the other.
 */
class ImagesUseTheScriptsJvmFlagsTest {

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	/** Dockerfile target for each service. */
	private static final Map<String, String> TARGETS = Map.of("scraper-service", "scraper", "consumer-service",
			"consumer", "dashboard-service", "dashboard", "market-simulator", "market-simulator");

	/**
	 * Only the images have a supervisor (compose's restart policy), so only they exit on
	 * an OutOfMemoryError; {@code ./cryptoviz up} keeps the service up to say what
	 * failed.
	 */
	private static final Set<String> IMAGES_ONLY = Set.of("-XX:+ExitOnOutOfMemoryError");

	private static final Pattern ENV_VALUE = Pattern.compile("(JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS)=\"([^\"]*)\"");

	@Test
	void each_image_starts_its_service_with_the_flags_of_cryptoviz_up() throws Exception {
		Map<String, Set<String>> images = imageFlags();

		assertThat(images).containsOnlyKeys(TARGETS.values());
		for (Map.Entry<String, String> service : TARGETS.entrySet()) {
			Set<String> script = scriptFlags(service.getKey());
			Set<String> image = new TreeSet<>(images.get(service.getValue()));
			image.removeAll(IMAGES_ONLY);

			assertThat(script).as("flags of %s in ./cryptoviz up", service.getKey())
				.anyMatch((f) -> f.startsWith("-Xmx"));
			assertThat(image).as("flags of the %s image (Dockerfile) against ./cryptoviz up's", service.getValue())
				.isEqualTo(script);
		}
	}

	/**
	 * The JVM flags (-X...) that {@code ./cryptoviz up} starts a service with, no AOT
	 * cache.
	 */
	private static Set<String> scriptFlags(String service) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("cryptoviz").toString(), "__java-args",
				service)
			.redirectErrorStream(true);
		builder.environment().put("CRYPTOVIZ_AOT", "off");
		builder.environment().remove("CRYPTOVIZ_JAVA_OPTS");
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("./cryptoviz __java-args %s: %s", service, out).isZero();
		Set<String> flags = new TreeSet<>();
		for (String line : out.split("\n")) {
			if (line.startsWith("-X") || line.startsWith("--enable-native-access")) {
				flags.add(line.strip());
			}
		}
		return flags;
	}

	/**
	 * Per Dockerfile target: the runtime stage's JAVA_TOOL_OPTIONS plus its
	 * JDK_JAVA_OPTIONS.
	 */
	private static Map<String, Set<String>> imageFlags() throws IOException {
		List<String> common = new ArrayList<>();
		Map<String, Set<String>> targets = new LinkedHashMap<>();
		String stage = null;
		for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
			if (line.startsWith("FROM ")) {
				String[] words = line.split("\\s+");
				stage = words[words.length - 1];
			}
			Matcher value = ENV_VALUE.matcher(line);
			while (value.find()) {
				List<String> flags = Arrays.asList(value.group(2).trim().split("\\s+"));
				if (value.group(1).equals("JAVA_TOOL_OPTIONS")) {
					common.addAll(flags);
				}
				else {
					targets.computeIfAbsent(stage, (s) -> new TreeSet<>()).addAll(flags);
				}
			}
		}
		assertThat(common).as("JAVA_TOOL_OPTIONS in the Dockerfile").isNotEmpty();
		targets.values().forEach((flags) -> flags.addAll(common));
		return targets;
	}

}
