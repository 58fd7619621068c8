package io.cryptoviz.testsupport.redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Gives integration tests a running Redis.
 * <p>
 * The choice is made once per JVM: a Testcontainers container when Docker answers, else
 * an embedded redis-server. {@code CRYPTOVIZ_TEST_REDIS=embedded} or
 * {@code =testcontainers} forces one. If neither can start, the test fails with an
 * {@link IllegalStateException} that says why each one failed.
 */
public final class RealRedis {

	static final String IMAGE = "redis:7-alpine";

	private static @Nullable SharedServer shared;

	private RealRedis() {
	}

	/**
	 * The Redis shared by all tests of this JVM, started on first use and stopped at
	 * exit. Tests that share it should use their own keys or flush it first.
	 * @return where it listens
	 */
	public static synchronized RedisEndpoint shared() {
		if (shared == null) {
			shared = startShared();
		}
		return shared.endpoint();
	}

	/**
	 * A Redis of the caller's own, which it can stop and start again on the same port to
	 * simulate an outage. Always an embedded server, because a container cannot be
	 * restarted on the same host port.
	 * @return the server, already started
	 */
	public static DedicatedRedis dedicated() {
		return DedicatedRedis.start(freePort());
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free TCP port for a test Redis: " + ex.getMessage(), ex);
		}
	}

	private static SharedServer startShared() {
		String forced = System.getenv().getOrDefault("CRYPTOVIZ_TEST_REDIS", "").toLowerCase(Locale.ROOT);
		String dockerProblem = "not tried";
		if (!forced.equals("embedded")) {
			try {
				if (dockerMightBeThere() && DockerClientFactory.instance().isDockerAvailable()) {
					return SharedServer.container();
				}
				dockerProblem = "no Docker engine is reachable";
			}
			catch (RuntimeException ex) {
				dockerProblem = "Testcontainers failed: " + ex.getMessage();
			}
			if (forced.equals("testcontainers")) {
				throw new IllegalStateException(
						"CRYPTOVIZ_TEST_REDIS=testcontainers but Redis could not start in Docker: " + dockerProblem);
			}
		}
		try {
			return SharedServer.embedded();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"No Redis for tests. Docker: " + dockerProblem + ". Embedded redis-server: " + ex.getMessage()
							+ ". Install Docker, or run on Linux/macOS x86_64/arm64 where the embedded binary works.",
					ex);
		}
	}

	// Asking Testcontainers on a machine without any Docker socket costs seconds and logs
	// an
	// ERROR; a cheap look for the usual sockets first keeps test output honest and quiet.
	private static boolean dockerMightBeThere() {
		if (System.getenv("DOCKER_HOST") != null) {
			return true;
		}
		String home = System.getProperty("user.home");
		return Stream
			.of("/var/run/docker.sock", home + "/.docker/run/docker.sock", home + "/.testcontainers.properties")
			.anyMatch(path -> Files.exists(Path.of(path)));
	}

	private record SharedServer(RedisEndpoint endpoint) {

		static SharedServer container() {
			GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE)).withExposedPorts(6379);
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-redis-container-stop"));
			return new SharedServer(
					new RedisEndpoint(container.getHost(), container.getMappedPort(6379), "testcontainers"));
		}

		static SharedServer embedded() {
			DedicatedRedis server = DedicatedRedis.start(freePort());
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-redis-embedded-stop"));
			return new SharedServer(server.endpoint());
		}

	}

}
