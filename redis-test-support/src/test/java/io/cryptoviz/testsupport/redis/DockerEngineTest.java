package io.cryptoviz.testsupport.redis;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DockerEngineTest {

	@TempDir
	Path dir;

	@Test
	void unix_docker_host_is_the_socket_it_names() {
		assertThat(DockerEngine.locate("unix:///run/user/1000/docker.sock", null, List.of()))
			.isEqualTo(new DockerEngine(UnixDomainSocketAddress.of("/run/user/1000/docker.sock"),
					"unix:///run/user/1000/docker.sock"));
	}

	@Test
	void tcp_docker_host_without_a_port_is_the_plain_http_port_2375() {
		assertThat(DockerEngine.locate("tcp://127.0.0.1", "", List.of()))
			.isEqualTo(new DockerEngine(new InetSocketAddress("127.0.0.1", 2375), "tcp://127.0.0.1"));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "none", value = { "tcp://docker.example:2376, 1", "ssh://me@docker.example, none",
			"npipe:////./pipe/docker_engine, none" })
	void docker_host_the_check_cannot_speak_to_is_refused_with_its_value(String dockerHost, String tlsVerify) {
		assertThatIllegalArgumentException().isThrownBy(() -> DockerEngine.locate(dockerHost, tlsVerify, List.of()))
			.withMessageStartingWith("DOCKER_HOST=" + dockerHost + " is neither");
	}

	@Test
	void without_docker_host_the_first_socket_file_that_exists_is_the_engine() throws IOException {
		Path missing = this.dir.resolve("missing.sock");
		Path existing = Files.createFile(this.dir.resolve("docker.sock"));

		assertThat(DockerEngine.locate(null, null, List.of(missing, existing)))
			.isEqualTo(new DockerEngine(UnixDomainSocketAddress.of(existing), "unix://" + existing));
	}

	@Test
	void without_docker_host_or_socket_file_there_is_no_engine() {
		assertThat(DockerEngine.locate(" ", null, List.of(this.dir.resolve("missing.sock")))).isNull();
	}

}
