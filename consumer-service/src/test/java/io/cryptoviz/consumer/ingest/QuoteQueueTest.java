package io.cryptoviz.consumer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cryptoviz.consumer.CuttingProxy;
import io.cryptoviz.testsupport.redis.RealRedis;
import io.cryptoviz.testsupport.redis.RedisEndpoint;
import io.lettuce.core.LMoveArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QuoteQueueTest {

	private RedisClient client;

	private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

	private final List<QuoteQueue> queues = new ArrayList<>();

	private RedisCommands<String, String> redis;

	private String prefix;

	@BeforeEach
	void setUp() {
		this.client = RedisClient.create(RealRedis.shared().uri());
		this.redis = connect().sync();
		this.prefix = "test:" + UUID.randomUUID() + ":";
	}

	@AfterEach
	void tearDown() {
		this.queues.forEach(QuoteQueue::close);
		this.connections.forEach(StatefulRedisConnection::close);
		this.client.shutdown();
	}

	@Test
	void bulk_move_leaves_both_lists_exactly_as_one_lmove_per_quote_would() {
		List<String> messages = messages(25_321);
		this.redis.lpush(key("queue"), messages.toArray(String[]::new));
		this.redis.lpush(key("processing"), "older-in-flight");
		this.redis.lpush(key("expected-queue"), messages.toArray(String[]::new));
		this.redis.lpush(key("expected-processing"), "older-in-flight");
		for (int i = 0; i < 12_345; i++) {
			this.redis.lmove(key("expected-queue"), key("expected-processing"), LMoveArgs.Builder.rightLeft());
		}

		List<String> items = new ArrayList<>();
		QuoteQueue.Moved moved = queue().moveUpTo(12_345, items::addAll);

		assertThat(items).isEqualTo(messages.subList(0, 12_345));
		assertThat(moved.count()).isEqualTo(12_345);
		assertThat(moved.queueDepth()).isEqualTo(25_321 - 12_345);
		assertThat(this.redis.lrange(key("processing"), 0, -1))
			.isEqualTo(this.redis.lrange(key("expected-processing"), 0, -1));
		assertThat(this.redis.lrange(key("queue"), 0, -1)).isEqualTo(this.redis.lrange(key("expected-queue"), 0, -1));
	}

	@Test
	void bulk_move_takes_what_there_is_when_the_queue_is_shorter() {
		this.redis.lpush(key("queue"), "a", "b", "c");

		List<String> items = new ArrayList<>();
		QuoteQueue.Moved moved = queue().moveUpTo(1000, items::addAll);

		assertThat(items).containsExactly("a", "b", "c");
		assertThat(moved.queueDepth()).isZero();
		assertThat(this.redis.exists(key("queue"))).isZero();
		assertThat(this.redis.lrange(key("processing"), 0, -1)).containsExactly("c", "b", "a");
	}

	@Test
	void acknowledging_after_a_bulk_move_removes_exactly_the_oldest_batch() {
		QuoteQueue queue = queue();
		this.redis.lpush(key("queue"), messages(500).toArray(String[]::new));
		List<String> first = new ArrayList<>();
		List<String> second = new ArrayList<>();
		queue.moveUpTo(300, first::addAll);
		queue.moveUpTo(300, second::addAll);

		queue.acknowledge(first.size(), List.of(), "ack-1");

		assertThat(processingOldestFirst()).isEqualTo(second);
	}

	@Test
	void an_acknowledgement_repeated_after_its_reply_was_lost_removes_nothing_more() {
		QuoteQueue queue = queue();
		this.redis.lpush(key("queue"), messages(500).toArray(String[]::new));
		List<String> first = new ArrayList<>();
		List<String> second = new ArrayList<>();
		queue.moveUpTo(300, first::addAll);
		queue.moveUpTo(200, second::addAll);

		QuoteQueue.Depths once = queue.acknowledge(first.size(), List.of("dead-1"), "ack-1");
		QuoteQueue.Depths twice = queue.acknowledge(first.size(), List.of("dead-1"), "ack-1");

		assertThat(processingOldestFirst()).isEqualTo(second);
		assertThat(this.redis.lrange(key("dead"), 0, -1)).containsExactly("dead-1");
		assertThat(List.of(once, twice)).containsOnly(new QuoteQueue.Depths(0, second.size()));
		queue.acknowledge(second.size(), List.of(), "ack-2");
		assertThat(this.redis.exists(key("processing"))).isZero();
	}

	@Test
	void claiming_a_backlog_leaves_both_lists_exactly_as_one_lmove_per_quote_would() {
		List<String> messages = messages(25_321);
		this.redis.lpush(key("queue"), messages.toArray(String[]::new));
		this.redis.lpush(key("processing"), "in-flight-1", "in-flight-2");
		this.redis.lpush(key("expected-queue"), messages.toArray(String[]::new));
		this.redis.lpush(key("expected-processing"), "in-flight-1", "in-flight-2");
		while (this.redis.lmove(key("expected-queue"), key("expected-processing"),
				LMoveArgs.Builder.rightLeft()) != null) {
			// moves one quote at a time, the reference behaviour
		}

		long claimed = queue().claimBacklog(1001);

		assertThat(claimed).isEqualTo(25_321);
		assertThat(this.redis.exists(key("queue"))).isZero();
		assertThat(this.redis.lrange(key("processing"), 0, -1))
			.isEqualTo(this.redis.lrange(key("expected-processing"), 0, -1));
	}

	@Test
	void a_queue_no_deeper_than_one_batch_is_not_claimed() {
		this.redis.lpush(key("queue"), messages(1000).toArray(String[]::new));

		assertThat(queue().claimBacklog(1001)).isZero();
		assertThat(this.redis.llen(key("queue"))).isEqualTo(1000);
		assertThat(this.redis.exists(key("processing"))).isZero();
	}

	@Test
	void a_backlog_is_not_claimed_over_a_large_batch_in_flight() {
		this.redis.lpush(key("queue"), messages(5000).toArray(String[]::new));
		this.redis.lpush(key("processing"), messages(10_001).toArray(String[]::new));

		assertThat(queue().claimBacklog(1001)).isZero();
		assertThat(this.redis.llen(key("queue"))).isEqualTo(5000);
		assertThat(this.redis.llen(key("processing"))).isEqualTo(10_001);
	}

	@Test
	void claimed_quotes_are_read_oldest_first_while_acknowledgements_trim_the_batch_in_flight() {
		QuoteQueue queue = queue();
		List<String> messages = messages(25_000);
		this.redis.lpush(key("queue"), messages.toArray(String[]::new));
		this.redis.lpush(key("processing"), "in-flight-1", "in-flight-2");
		long claimed = queue.claimBacklog(1001);

		List<String> first = new ArrayList<>();
		List<String> second = new ArrayList<>();
		List<String> rest = new ArrayList<>();
		queue.readClaimed(claimed, 1000, first::addAll);
		queue.acknowledge(2, List.of(), "ack-1");
		queue.readClaimed(claimed - 1000, 14_000, second::addAll);
		queue.acknowledge(first.size(), List.of(), "ack-2");
		int read = queue.readClaimed(claimed - 15_000, 10_000, rest::addAll);

		assertThat(first).isEqualTo(messages.subList(0, 1000));
		assertThat(second).isEqualTo(messages.subList(1000, 15_000));
		assertThat(rest).isEqualTo(messages.subList(15_000, 25_000));
		assertThat(read).isEqualTo(10_000);
		assertThat(processingOldestFirst()).isEqualTo(messages.subList(1000, 25_000));
	}

	@Test
	void a_move_whose_reply_is_lost_fails_instead_of_being_repeated_unseen() throws Exception {
		this.redis.lpush(key("queue"), messages(1000).toArray(String[]::new));
		RedisEndpoint redis = RealRedis.shared();
		try (CuttingProxy proxy = new CuttingProxy(redis.host(), redis.port())) {
			RedisClient throughProxy = RedisClient.create(proxy.uri());
			try (QuoteQueue queue = new QuoteQueue(throughProxy, key("queue"), key("processing"), key("acknowledged"),
					key("dead"))) {
				queue.moveUpTo(200, (items) -> {
				});
				proxy.cutOnNextReply();

				assertThatExceptionOfType(RedisException.class).isThrownBy(() -> queue.moveUpTo(200, (items) -> {
				}));

				assertThat(this.redis.llen(key("processing"))).as("200 moved, then 200 once by the lost command")
					.isEqualTo(400);
				List<String> next = new ArrayList<>();
				queue.moveUpTo(200, next::addAll);
				assertThat(next).isEqualTo(messages(1000).subList(400, 600));
			}
			finally {
				throughProxy.shutdown();
			}
		}
	}

	private List<String> processingOldestFirst() {
		return this.redis.lrange(key("processing"), 0, -1).reversed();
	}

	private List<String> messages(int count) {
		List<String> messages = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			messages.add("m" + i);
		}
		return messages;
	}

	private QuoteQueue queue() {
		QuoteQueue queue = new QuoteQueue(this.client, key("queue"), key("processing"), key("acknowledged"),
				key("dead"));
		this.queues.add(queue);
		return queue;
	}

	private StatefulRedisConnection<String, String> connect() {
		StatefulRedisConnection<String, String> connection = this.client.connect();
		this.connections.add(connection);
		return connection;
	}

	private String key(String name) {
		return this.prefix + name;
	}

}
