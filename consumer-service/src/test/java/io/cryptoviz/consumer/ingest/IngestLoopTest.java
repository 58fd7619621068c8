package io.cryptoviz.consumer.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.cryptoviz.consumer.CuttingProxy;
import io.cryptoviz.store.LockHolder;
import io.cryptoviz.store.TestDatabase;
import io.cryptoviz.store.TestQuotes;
import io.cryptoviz.consumer.base.ConsumerProperties;
import io.cryptoviz.store.file.DuckDbFile;
import io.cryptoviz.store.file.LockWaitPolicy;
import io.cryptoviz.store.write.QuoteStore;
import io.cryptoviz.model.DeadLetter;
import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.Source;
import io.cryptoviz.testsupport.redis.RealRedis;
import io.cryptoviz.testsupport.redis.RedisEndpoint;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class IngestLoopTest {

	private static RedisClient client;

	private static StatefulRedisConnection<String, String> connection;

	@TempDir
	Path dir;

	private RedisCommands<String, String> redis;

	private ConsumerProperties properties;

	private Path file;

	private SimpleMeterRegistry registry;

	private IngestLoop loop;

	@BeforeAll
	static void connect() {
		client = RedisClient.create(RealRedis.shared().uri());
		connection = client.connect();
	}

	@AfterAll
	static void disconnect() {
		connection.close();
		client.shutdown();
	}

	@BeforeEach
	void setUp() {
		this.redis = connection.sync();
		String prefix = "test:" + UUID.randomUUID() + ":";
		this.file = this.dir.resolve("cryptoviz.duckdb");
		this.properties = new ConsumerProperties(this.file, "consumer-1", 1000, 5000, Duration.ofMillis(100),
				new ConsumerProperties.LockWait(Duration.ofSeconds(5), Duration.ofSeconds(60)),
				new ConsumerProperties.Keys(prefix + "queue", prefix + "processing:", prefix + "dead"));
	}

	@AfterEach
	void stopLoop() {
		if (this.loop != null) {
			this.loop.stop();
		}
	}

	@Test
	void quotes_pushed_to_the_queue_are_stored_and_leave_the_processing_list() {
		push(TestQuotes.encoded(0, 2500));
		start();

		awaitDrained(2500);

		assertThat(this.redis.llen(this.properties.processingKey())).isZero();
		assertThat(this.redis.keys(this.properties.keys().processingPrefix() + "*"))
			.as("only processing lists live under their prefix, which the stats command scans")
			.isEmpty();
		assertThat(this.registry.get("cryptoviz.consumer.quotes.stored").counter().count()).isEqualTo(2500);
	}

	@Test
	void duplicate_quote_is_stored_once() {
		start();
		push(TestQuotes.encoded(0, 100));
		awaitDrained(100);

		push(TestQuotes.encoded(50, 100));

		awaitDrained(150);
		assertThat(this.registry.get("cryptoviz.consumer.quotes.duplicates").counter().count()).isEqualTo(50);
	}

	@Test
	void poison_messages_are_dead_lettered_with_a_reason_while_good_ones_flow() {
		Quote fromTheFuture = new Quote("bitcoin", "BTC", "Bitcoin", 1.0, null, null, null, Source.COINGECKO,
				TestQuotes.START.plus(Duration.ofDays(3)), TestQuotes.START);
		push(TestQuotes.encoded(0, 10));
		push(List.of("not json at all", "{\"v\":2}", QuoteCodec.encode(fromTheFuture)));
		push(TestQuotes.encoded(10, 10));
		start();

		awaitDrained(20);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.redis.llen(this.properties.keys().deadLetter()) == 3);
		List<DeadLetter> dead = this.redis.lrange(this.properties.keys().deadLetter(), 0, -1)
			.stream()
			.map(DeadLetter::fromJson)
			.toList();
		assertThat(dead).extracting(DeadLetter::payload)
			.containsExactlyInAnyOrder("not json at all", "{\"v\":2}", QuoteCodec.encode(fromTheFuture));
		assertThat(dead).extracting(DeadLetter::reason)
			.anySatisfy((reason) -> assertThat(reason).startsWith("not a JSON quote object"))
			.anySatisfy((reason) -> assertThat(reason).startsWith("unsupported wire version 2"))
			.anySatisfy((reason) -> assertThat(reason).contains("more than a day after fetchedAt"));
		assertThat(this.redis.llen(this.properties.processingKey())).isZero();
	}

	@Test
	void quotes_a_crash_left_in_the_processing_list_are_stored_exactly_once_after_restart() throws Exception {
		// The crash came after the commit of the first 100 and before their removal.
		QuoteStore store = store();
		store.initialize();
		store.store(TestQuotes.encoded(0, 100).stream().map(QuoteCodec::decode).toList());
		List<String> leftBehind = TestQuotes.encoded(0, 300);
		this.redis.lpush(this.properties.processingKey(), leftBehind.toArray(String[]::new));
		push(TestQuotes.encoded(300, 50));

		start();

		awaitDrained(350);
		assertThat(this.redis.llen(this.properties.processingKey())).isZero();
		assertThat(TestDatabase.count(this.file,
				"SELECT count(*) FROM (SELECT DISTINCT source, asset_id, timestamp FROM crypto_prices)"))
			.isEqualTo(350);
	}

	@Test
	void a_reader_holding_the_file_delays_the_batch_which_waits_in_redis_and_is_stored_once_released()
			throws Exception {
		store().initialize();
		start();
		try (LockHolder reader = LockHolder.holdReadOnly(this.file)) {
			push(TestQuotes.encoded(0, 200));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.redis.llen(this.properties.keys().queue()) == 0
						&& this.redis.llen(this.properties.processingKey()) == 200);
			Thread.sleep(300);
			assertThat(this.redis.llen(this.properties.processingKey())).isEqualTo(200);
		}

		awaitDrained(200);
	}

	@Test
	void a_backlog_is_stored_exactly_once_in_few_growing_flushes() {
		push(TestQuotes.encoded(0, 23_456));
		start();

		awaitDrained(23_456);

		assertThat(this.redis.llen(this.properties.processingKey())).isZero();
		assertThat(this.redis.exists(this.properties.keys().queue())).isZero();
		assertThat(this.registry.get("cryptoviz.consumer.flush.duration").timer().count())
			.as("flushes for 23,456 quotes with batches growing from 1,000 to 5,000")
			.isBetween(2L, 8L);
	}

	@Test
	void stopping_mid_backlog_loses_nothing_and_a_restart_stores_the_rest_once() {
		start();
		push(TestQuotes.encoded(0, 20_000));
		await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.rows(this.file) > 0);

		this.loop.stop();
		long stored = TestDatabase.rows(this.file);
		long waiting = this.redis.llen(this.properties.keys().queue())
				+ this.redis.llen(this.properties.processingKey());
		assertThat(stored + waiting).isEqualTo(20_000);
		start();

		awaitDrained(20_000);
		assertThat(this.redis.llen(this.properties.processingKey())).isZero();
	}

	@Test
	void replies_lost_in_transit_in_the_middle_of_a_drain_lose_nothing() throws Exception {
		RedisEndpoint redis = RealRedis.shared();
		try (CuttingProxy proxy = new CuttingProxy(redis.host(), redis.port())) {
			int pushed = 100_000;
			push(TestQuotes.encoded(0, pushed));
			start(proxy.uri());
			for (int cut = 1; cut <= 4; cut++) {
				long before = TestDatabase.rows(this.file);
				proxy.cutOnNextReply();
				int cuts = cut;
				await().atMost(Duration.ofSeconds(20)).until(() -> proxy.cuts() == cuts);
				push(TestQuotes.encoded(pushed, 2000));
				pushed += 2000;
				await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.rows(this.file) > before);
			}

			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> this.redis.llen(this.properties.keys().queue()) == 0
						&& this.redis.llen(this.properties.processingKey()) == 0);
			assertThat(TestDatabase.rows(this.file)).isEqualTo(pushed);
			this.loop.stop();
			this.loop = null;
		}
	}

	private QuoteStore store() {
		return new QuoteStore(
				new DuckDbFile(this.file, LockWaitPolicy.forever(Duration.ofSeconds(5), Duration.ofSeconds(60))),
				Clock.systemUTC());
	}

	private void start() {
		start(RealRedis.shared().uri());
	}

	private void start(String redisUri) {
		this.registry = new SimpleMeterRegistry();
		Clock clock = Clock.systemUTC();
		this.loop = new IngestLoop(() -> RedisClient.create(redisUri), this.properties, store(),
				new BatchDecoder(clock), new FlushReporter(clock, this.registry), Persistently.inRealTime(),
				Duration.ofSeconds(10));
		this.loop.start();
	}

	private void push(List<String> messages) {
		this.redis.lpush(this.properties.keys().queue(), messages.toArray(String[]::new));
	}

	private void awaitDrained(long rows) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.redis.llen(this.properties.keys().queue()) == 0
					&& this.redis.llen(this.properties.processingKey()) == 0);
		assertThat(TestDatabase.rows(this.file)).isEqualTo(rows);
	}

}
