package io.cryptoviz.systemtest.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * One compose project, driven through the same command line a user types: the compose
 * command that {@code ./cryptoviz check --docker} found ({@code docker compose} or
 * Debian's {@code docker-compose}), run in a fresh copy of the repository with no
 * {@code .env}.
 */
final class ComposeStack {

	private final Path directory;

	private final List<String> compose;

	private final String docker;

	private final Map<String, String> env = new HashMap<>();

	private final List<String> fileArgs;

	/**
	 * @param directory the copy of the repository
	 * @param compose the compose command, such as {@code docker-compose}
	 * @param docker the docker client
	 * @param project the compose project name (keeps the check apart from a user's
	 * stacks)
	 * @param fileArgs arguments that select the variant, such as
	 * {@code --env-file .env.demo --profile demo}; empty for live
	 */
	ComposeStack(Path directory, String compose, String docker, String project, List<String> fileArgs) {
		this.directory = directory;
		this.compose = Arrays.asList(compose.split(" "));
		this.docker = docker;
		this.fileArgs = List.copyOf(fileArgs);
		this.env.put("COMPOSE_PROJECT_NAME", project);
		// Debian's docker-compose 1.29 builds through the docker CLI only when told to,
		// and
		// the Dockerfile's cache mount needs BuildKit (the default in Compose v2).
		this.env.put("DOCKER_BUILDKIT", "1");
		this.env.put("COMPOSE_DOCKER_CLI_BUILD", "1");
	}

	ComposeStack with(String name, String value) {
		this.env.put(name, value);
		return this;
	}

	String project() {
		return this.env.get("COMPOSE_PROJECT_NAME");
	}

	/**
	 * Runs {@code compose <variant> args...} and fails with its output unless it exits 0.
	 */
	String compose(Duration timeout, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(this.compose);
		command.addAll(this.fileArgs);
		command.addAll(List.of(args));
		return run(timeout, command);
	}

	/** Runs {@code docker args...} and fails with its output unless it exits 0. */
	String docker(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(this.docker);
		command.addAll(List.of(args));
		return run(Duration.ofMinutes(2), command);
	}

	/** Feeds standard input to {@code docker args...}, such as {@code exec -i}. */
	String dockerWithInput(Path input, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(this.docker);
		command.addAll(List.of(args));
		return run(Duration.ofMinutes(2), command, input);
	}

	/** A container's state as {@code docker inspect} formats it. */
	String inspect(String container, String format) throws IOException, InterruptedException {
		return docker("inspect", "-f", format, container).strip();
	}

	/**
	 * @return "healthy", "starting", "unhealthy", or "none" for a container without a
	 * healthcheck
	 */
	String health(String container) throws IOException, InterruptedException {
		return inspect(container, "{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}");
	}

	private String run(Duration timeout, List<String> command) throws IOException, InterruptedException {
		return run(timeout, command, null);
	}

	private String run(Duration timeout, List<String> command, @Nullable Path input)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true);
		builder.environment().putAll(this.env);
		Path output = Files.createTempFile("compose-", ".out");
		builder.redirectOutput(output.toFile());
		if (input != null) {
			builder.redirectInput(input.toFile());
		}
		Process process = builder.start();
		boolean done = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
		if (!done) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
		String text = Files.readString(output, StandardCharsets.UTF_8);
		Files.delete(output);
		if (!done || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command)
					+ (done ? " exited " + process.exitValue() : " did not finish in " + timeout.toSeconds() + " s")
					+ ":\n" + tail(text));
		}
		return text;
	}

	private static String tail(String text) {
		List<String> lines = text.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
