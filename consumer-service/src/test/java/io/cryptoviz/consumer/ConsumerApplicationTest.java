package io.cryptoviz.consumer;

import java.nio.file.Path;
import java.time.Duration;

import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.store.TestDatabase;
import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.testsupport.redis.RealRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsumerApplicationTest {

	@TempDir
	static Path dir;

	private static final String ID = "app-test-" + ProcessHandle.current().pid();

	@Autowired
	StringRedisTemplate redis;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.consumer.database-path", () -> dir.resolve("app.duckdb").toString());
		registry.add("cryptoviz.consumer.consumer-id", () -> ID);
		registry.add("cryptoviz.consumer.keys.queue", () -> RedisKeys.QUEUE + ":" + ID);
	}

	@Test
	void the_running_service_drains_the_queue_and_reports_health_and_metrics() {
		this.redis.opsForList().leftPushAll(RedisKeys.QUEUE + ":" + ID, TestQuotes.encoded(0, 1500));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.redis.opsForList().size(RedisKeys.processing(ID)) == 0
					&& this.redis.opsForList().size(RedisKeys.QUEUE + ":" + ID) == 0);

		RestClient http = RestClient.create("http://localhost:" + this.port);
		String health = http.get().uri("/actuator/health").retrieve().body(String.class);
		assertThat(health).contains("\"duckDb\":{\"status\":\"UP\"}")
			.contains("\"redis\"")
			.doesNotContain("details")
			.doesNotContain(".duckdb");
		String rows = http.get().uri("/actuator/metrics/cryptoviz.consumer.rows").retrieve().body(String.class);
		assertThat(rows).contains("\"value\":1500.0");
		String queue = http.get().uri("/actuator/metrics/cryptoviz.consumer.queue.depth").retrieve().body(String.class);
		assertThat(queue).contains("\"value\":0.0");
		assertThat(TestDatabase.rows(dir.resolve("app.duckdb"))).isEqualTo(1500);
	}

}
