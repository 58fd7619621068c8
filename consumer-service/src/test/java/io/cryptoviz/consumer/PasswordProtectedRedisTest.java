package io.cryptoviz.consumer;

import java.nio.file.Path;
import java.time.Duration;

import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.store.TestDatabase;
import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Compose's Redis with {@code REDIS_PASSWORD} set, reached as compose writes the URL
 * ({@code redis://:PASSWORD@redis:6379}): the ingest loop's own Lettuce client must
 * authenticate the way Spring's connections do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PasswordProtectedRedisTest {

	private static final String PASSWORD = "consumer-Secret_42.x";

	private static final DedicatedRedis redis = RealRedis.dedicated(PASSWORD);

	@TempDir
	static Path dir;

	@Autowired
	StringRedisTemplate template;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", redis::uriWithPassword);
		registry.add("cryptoviz.consumer.database-path", () -> dir.resolve("password.duckdb").toString());
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@Test
	void quotes_are_drained_stored_and_health_is_up_without_the_password_in_the_log(CapturedOutput output) {
		this.template.opsForList().leftPushAll(RedisKeys.QUEUE, TestQuotes.encoded(0, 300));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.template.opsForList().size(RedisKeys.QUEUE) == 0
					&& this.template.opsForList().size(RedisKeys.processing("consumer-1")) == 0);

		String health = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/actuator/health")
			.retrieve()
			.body(String.class);
		assertThat(health).contains("\"status\":\"UP\"");
		assertThat(TestDatabase.rows(dir.resolve("password.duckdb"))).isEqualTo(300);
		assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(" ERROR ");
	}

}
