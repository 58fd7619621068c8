package io.cryptoviz.systemtest;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A demo stack started and stopped through the {@code cryptoviz} script, isolated from
 * any stack the developer runs: its own ports, Redis, data and log folders, and no
 * {@code .env}.
 */
final class DemoStack {

	static final List<String> PROCESSES = List.of("redis", "market-simulator", "scraper-service", "consumer-service",
			"dashboard-service");

	private final Path root;

	private final Path state;

	private final Map<String, String> env = new HashMap<>();

	DemoStack(Path state) {
		this.root = Path.of("").toAbsolutePath().getParent();
		this.state = state;
		this.env.put("CRYPTOVIZ_STATE_DIR", state.toString());
		this.env.put("CRYPTOVIZ_ENV_FILE", state.resolve("no.env").toString());
		this.env.put("CRYPTOVIZ_REDIS_PORT", String.valueOf(freePort()));
		this.env.put("SIMULATOR_PORT", String.valueOf(freePort()));
		this.env.put("SCRAPER_PORT", String.valueOf(freePort()));
		this.env.put("CONSUMER_PORT", String.valueOf(freePort()));
		this.env.put("DASHBOARD_PORT", String.valueOf(freePort()));
		this.env.put("DASHBOARD_MANAGEMENT_PORT", String.valueOf(freePort()));
		this.env.put("CRYPTOVIZ_JAVA_OPTS", "-Xmx384m");
		this.env.remove("REDIS_URL");
	}

	/**
	 * Adds or replaces an environment variable for the script and the services it starts.
	 */
	DemoStack with(String name, String value) {
		this.env.put(name, value);
		return this;
	}

	Path state() {
		return this.state;
	}

	Result run(Duration timeout, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(this.root.resolve("cryptoviz").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.root.toFile()).redirectErrorStream(true);
		builder.environment().remove("REDIS_URL");
		builder.environment().putAll(this.env);
		Path output = Files.createTempFile(this.state, "cryptoviz-", ".out");
		builder.redirectOutput(output.toFile());
		Process process = builder.start();
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
		return new Result(process.isAlive() ? -1 : process.exitValue(), Files.readString(output));
	}

	/** Runs a long-lived command (such as {@code logs}) for a while, then stops it. */
	String runFor(Duration duration, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(this.root.resolve("cryptoviz").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.root.toFile()).redirectErrorStream(true);
		builder.environment().putAll(this.env);
		Path output = Files.createTempFile(this.state, "cryptoviz-", ".out");
		builder.redirectOutput(output.toFile());
		Process process = builder.start();
		Thread.sleep(duration);
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		process.waitFor(10, TimeUnit.SECONDS);
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	Map<String, Long> pids() throws IOException {
		Map<String, Long> pids = new HashMap<>();
		for (String name : PROCESSES) {
			Path file = this.state.resolve(".run").resolve(name + ".pid");
			if (Files.exists(file)) {
				pids.put(name, Long.parseLong(Files.readString(file).strip()));
			}
		}
		return pids;
	}

	String log(String name) throws IOException {
		Path file = this.state.resolve("logs").resolve(name + ".log");
		return Files.exists(file) ? Files.readString(file) : "";
	}

	Path database() {
		// ./cryptoviz up --demo keeps simulated data apart from the live store.
		return this.state.resolve("data").resolve("demo").resolve("cryptoviz.duckdb");
	}

	String redisUri() {
		return "redis://127.0.0.1:" + this.env.get("CRYPTOVIZ_REDIS_PORT");
	}

	String url(String service) {
		String port = switch (service) {
			case "market-simulator" -> this.env.get("SIMULATOR_PORT");
			case "scraper-service" -> this.env.get("SCRAPER_PORT");
			case "consumer-service" -> this.env.get("CONSUMER_PORT");
			case "dashboard-service" -> this.env.get("DASHBOARD_PORT");
			case "dashboard-management" -> this.env.get("DASHBOARD_MANAGEMENT_PORT");
			default -> throw new IllegalArgumentException("no service " + service);
		};
		return "http://127.0.0.1:" + port;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port", ex);
		}
	}

	record Result(int exitCode, String output) {
	}

}
