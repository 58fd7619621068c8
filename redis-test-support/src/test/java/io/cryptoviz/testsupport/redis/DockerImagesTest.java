package io.cryptoviz.testsupport.redis;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.cryptoviz.testsupport.redis.DockerImages.Readiness;
import io.cryptoviz.testsupport.redis.FakeEngine.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DockerImagesTest {

	private static final String REDIS = "redis:7-alpine";

	private static final String RYUK = "testcontainers/ryuk:0.14.0";

	private static final Duration BUDGET = Duration.ofSeconds(1);

	// What a test may take beyond the budget on a loaded machine before the bound counts
	// as broken.
	private static final Duration SLACK = Duration.ofSeconds(2);

	@TempDir
	Path dir;

	@Test
	void images_the_engine_has_are_ready_without_a_pull() throws IOException {
		try (FakeEngine fake = onUnixSocket().with(REDIS, Image.PRESENT).with(RYUK, Image.PRESENT)) {
			Readiness readiness = new DockerImages(fake.engine(), BUDGET).check(List.of(REDIS, RYUK));

			assertThat(readiness).isEqualTo(
					new Readiness(true, "Docker is running and has redis:7-alpine and testcontainers/ryuk:0.14.0"));
			assertThat(fake.requests()).containsExactly("GET /images/redis:7-alpine/json",
					"GET /images/testcontainers/ryuk:0.14.0/json");
		}
	}

	@Test
	@Timeout(10)
	void image_whose_pull_hangs_leads_to_the_embedded_server_once_the_budget_is_spent() throws IOException {
		try (FakeEngine fake = onUnixSocket().with(REDIS, Image.PRESENT).with(RYUK, Image.PULL_HANGS)) {
			long start = System.nanoTime();
			Readiness readiness = new DockerImages(fake.engine(), BUDGET).check(List.of(REDIS, RYUK));
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(RealRedis.Choice.of(readiness).line()).isEqualTo("Test Redis: embedded redis-server 6.2"
					+ " (Docker is running but testcontainers/ryuk:0.14.0 is not present and could not be pulled in 1 s)");
			assertThat(took).isBetween(BUDGET, BUDGET.plus(SLACK));
			assertThat(fake.requests()).contains("POST /images/create?fromImage=testcontainers%2Fryuk%3A0.14.0");
		}
	}

	@Test
	void image_the_engine_pulls_in_time_is_ready() throws IOException {
		try (FakeEngine fake = onUnixSocket().with(REDIS, Image.PRESENT).with(RYUK, Image.PULLABLE)) {
			Readiness readiness = new DockerImages(fake.engine(), BUDGET).check(List.of(REDIS, RYUK));

			assertThat(readiness).isEqualTo(new Readiness(true,
					"Docker is running and has redis:7-alpine and pulled testcontainers/ryuk:0.14.0"));
		}
	}

	@Test
	void pull_the_engine_refuses_is_not_ready_without_waiting_for_the_budget() throws IOException {
		Duration generous = Duration.ofSeconds(30);
		try (FakeEngine fake = onUnixSocket().with(REDIS, Image.PULL_REFUSED)) {
			long start = System.nanoTime();
			Readiness readiness = new DockerImages(fake.engine(), generous).check(List.of(REDIS));
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(readiness).isEqualTo(new Readiness(false,
					"Docker is running but redis:7-alpine is not present and could not be pulled (the engine answered HTTP 500)"));
			assertThat(took).isLessThan(SLACK);
		}
	}

	@Test
	void pull_that_breaks_off_is_not_ready_though_the_engine_answered_200() throws IOException {
		try (FakeEngine fake = onUnixSocket().with(REDIS, Image.PULL_BREAKS_OFF)) {
			Readiness readiness = new DockerImages(fake.engine(), BUDGET).check(List.of(REDIS));

			assertThat(readiness).isEqualTo(new Readiness(false,
					"Docker is running but redis:7-alpine is not present and could not be pulled (the pull ended without it)"));
		}
	}

	@Test
	void socket_left_behind_by_a_stopped_engine_is_not_ready_and_names_the_engine() throws IOException {
		Path socket = this.dir.resolve("docker.sock");
		ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket)).close();
		DockerEngine stopped = new DockerEngine(UnixDomainSocketAddress.of(socket), "unix://" + socket);

		Readiness readiness = new DockerImages(stopped, BUDGET).check(List.of(REDIS));

		assertThat(readiness).isEqualTo(
				new Readiness(false, "no answer from the Docker engine at unix://" + socket + ": Connection refused"));
	}

	@Test
	void engine_on_loopback_tcp_is_asked_in_plain_http() throws IOException {
		try (FakeEngine fake = FakeEngine.onLoopback().with(REDIS, Image.PRESENT)) {
			Readiness readiness = new DockerImages(fake.engine(), BUDGET).check(List.of(REDIS));

			assertThat(readiness).isEqualTo(new Readiness(true, "Docker is running and has redis:7-alpine"));
		}
	}

	private FakeEngine onUnixSocket() throws IOException {
		return FakeEngine.onUnixSocket(this.dir.resolve("docker.sock"));
	}

}
