package io.cryptoviz.testsupport.redis;

import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.cryptoviz.testsupport.redis.DockerImages.Readiness;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;

/**
 * The images Testcontainers 2.0.5 runs to start {@link RealRedis#IMAGE} on this machine,
 * and whether the Docker engine it would use has them.
 */
final class TestcontainersImages {

	// Started before any container unless Ryuk is disabled
	// (org.testcontainers.utility.RyukContainer); a test checks it still is.
	static final String RYUK = "testcontainers/ryuk:0.14.0";

	// Testcontainers' "tiny image" (org.testcontainers.DockerClientFactory); a test
	// checks
	// it still is.
	static final String GATEWAY_FINDER = "alpine:3.17";

	// Long enough for a reachable registry to deliver these few small images, short
	// enough that an unreachable one costs a test run little.
	private static final Duration PULL_BUDGET = Duration.ofSeconds(10);

	private TestcontainersImages() {
	}

	/** Whether the engine Testcontainers would use has, or quickly pulls, every image. */
	static Readiness readiness() {
		String home = System.getProperty("user.home");
		DockerEngine engine;
		try {
			engine = DockerEngine.locate(System.getenv("DOCKER_HOST"), System.getenv("DOCKER_TLS_VERIFY"),
					List.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker/run/docker.sock")));
		}
		catch (IllegalArgumentException ex) {
			return new Readiness(false, ex.getMessage());
		}
		if (engine == null) {
			return new Readiness(false,
					"no Docker engine: DOCKER_HOST is unset and there is no /var/run/docker.sock or ~/.docker/run/docker.sock");
		}
		boolean ryukDisabled = Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"));
		// /.dockerenv is how Testcontainers tells it runs in a container; a tcp:// engine
		// or a host override spares it looking up the gateway.
		boolean findsHostFromInside = Files.exists(Path.of("/.dockerenv"))
				&& engine.address() instanceof UnixDomainSocketAddress
				&& System.getenv().getOrDefault("TESTCONTAINERS_HOST_OVERRIDE", "").isBlank();
		return new DockerImages(engine, PULL_BUDGET).check(needed(ryukDisabled, findsHostFromInside));
	}

	/**
	 * The images, after the image name substitution Testcontainers is configured with (a
	 * registry mirror, say).
	 * @param ryukDisabled whether {@code TESTCONTAINERS_RYUK_DISABLED} is true
	 * @param findsHostFromInside whether this JVM runs in a container and reaches the
	 * engine over a unix socket: Testcontainers then takes the host's address from the
	 * bridge network's gateway, and runs {@value #GATEWAY_FINDER} to find it when the
	 * network lists none
	 * @return image references
	 */
	static List<String> needed(boolean ryukDisabled, boolean findsHostFromInside) {
		Stream<String> images = Stream.of(RealRedis.IMAGE);
		if (!ryukDisabled) {
			images = Stream.concat(images, Stream.of(RYUK));
		}
		if (findsHostFromInside) {
			images = Stream.concat(images, Stream.of(GATEWAY_FINDER));
		}
		return images.map(DockerImageName::parse)
			.map(ImageNameSubstitutor.instance())
			.map(DockerImageName::asCanonicalNameString)
			.toList();
	}

}
