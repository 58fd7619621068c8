package io.cryptoviz.testsupport.redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Gives integration tests a running Redis.
 * <p>
 * The choice is made once per JVM and logged in one line: a Testcontainers container when
 * a Docker engine answers and has the images it needs, or can pull them within seconds;
 * else an embedded redis-server. {@code CRYPTOVIZ_TEST_REDIS=embedded} or
 * {@code =testcontainers} forces one. If neither can start, the test fails with an
 * {@link IllegalStateException} that says why each one failed.
 */
public final class RealRedis {

	static final String IMAGE = "redis:7-alpine";

	// The binary embedded-redis bundles for Linux and macOS; a test checks it still is.
	static final String EMBEDDED_VERSION = "6.2";

	private static final Logger log = LoggerFactory.getLogger(RealRedis.class);

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
		return DedicatedRedis.start(freePort(), "");
	}

	/**
	 * A Redis of the caller's own that refuses every command until a client sends this
	 * password. Embedded, like {@link #dedicated()}.
	 * @param password letters, digits and {@code -._~}, as compose's
	 * {@code REDIS_PASSWORD}
	 * @return the server, already started
	 */
	public static DedicatedRedis dedicated(String password) {
		return DedicatedRedis.start(freePort(), password);
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
		Choice choice = switch (forced) {
			case "embedded" -> new Choice(false, "CRYPTOVIZ_TEST_REDIS=embedded");
			case "testcontainers" -> new Choice(true, "CRYPTOVIZ_TEST_REDIS=testcontainers");
			default -> Choice.of(TestcontainersImages.readiness());
		};
		if (choice.container()) {
			try {
				SharedServer server = SharedServer.container();
				log.info(choice.line());
				return server;
			}
			catch (RuntimeException ex) {
				if (forced.equals("testcontainers")) {
					throw new IllegalStateException(
							"CRYPTOVIZ_TEST_REDIS=testcontainers but Redis could not start in Docker: "
									+ ex.getMessage(),
							ex);
				}
				choice = new Choice(false, "Testcontainers failed: " + ex.getMessage());
			}
		}
		try {
			SharedServer server = SharedServer.embedded();
			log.info(choice.line());
			return server;
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"No Redis for tests. Docker: " + choice.reason() + ". Embedded redis-server: " + ex.getMessage()
							+ ". Install Docker, or run on Linux/macOS x86_64/arm64 where the embedded binary works.",
					ex);
		}
	}

	/**
	 * Which Redis to start and why.
	 *
	 * @param container a Testcontainers container rather than the embedded server
	 * @param reason why, as the log line gives it
	 */
	record Choice(boolean container, String reason) {

		static Choice of(DockerImages.Readiness docker) {
			return new Choice(docker.ready(), docker.reason());
		}

		String line() {
			return "Test Redis: "
					+ (this.container ? IMAGE + " in Testcontainers" : "embedded redis-server " + EMBEDDED_VERSION)
					+ " (" + this.reason + ")";
		}

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
			DedicatedRedis server = DedicatedRedis.start(freePort(), "");
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-redis-embedded-stop"));
			return new SharedServer(server.endpoint());
		}

	}

}
