package io.cryptoviz.testsupport.redis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class TestcontainersImagesTest {

	static Stream<Arguments> images_testcontainers_starts() {
		return Stream.of(Arguments.of("org/testcontainers/utility/RyukContainer.class", TestcontainersImages.RYUK),
				Arguments.of("org/testcontainers/DockerClientFactory.class", TestcontainersImages.GATEWAY_FINDER));
	}

	@ParameterizedTest
	@MethodSource("images_testcontainers_starts")
	void image_names_are_the_ones_this_testcontainers_version_starts(String testcontainersClass, String image)
			throws IOException {
		try (InputStream bytes = TestcontainersImagesTest.class.getClassLoader()
			.getResourceAsStream(testcontainersClass)) {
			assertThat(bytes).isNotNull();
			assertThat(new String(bytes.readAllBytes(), StandardCharsets.ISO_8859_1)).contains(image);
		}
	}

	@Test
	void needed_are_redis_and_ryuk() {
		assertThat(TestcontainersImages.needed(false, false)).containsExactly(RealRedis.IMAGE,
				TestcontainersImages.RYUK);
	}

	@Test
	void needed_without_ryuk_are_redis_alone() {
		assertThat(TestcontainersImages.needed(true, false)).containsExactly(RealRedis.IMAGE);
	}

	@Test
	void needed_from_inside_a_container_include_the_gateway_finder() {
		assertThat(TestcontainersImages.needed(false, true)).containsExactly(RealRedis.IMAGE, TestcontainersImages.RYUK,
				TestcontainersImages.GATEWAY_FINDER);
	}

}
