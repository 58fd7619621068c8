package io.cryptoviz.consumer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.lettuce.core.LMoveArgs;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import org.jspecify.annotations.Nullable;

/**
 * The reliable-queue operations on Redis.
 * <p>
 * Quotes move from the right of the queue to the left of this consumer's processing list,
 * so the processing list's right end always holds the oldest unacknowledged quotes and an
 * acknowledgement removes exactly that many from the right. Bulk moves are small Lua
 * scripts of bulk list commands, pipelined; the acknowledgement is one more script.
 * <p>
 * The connections come from a client that never sends a command twice (see
 * {@link IngestLoop}): a command whose reply is lost fails instead of being repeated
 * silently, and the next use opens a new connection. What the failed command did is then
 * unknown; the fetching side answers that by re-reading the processing list, and the
 * acknowledgement carries an id so that repeating it changes nothing.
 * <p>
 * Over 200 lines because a third of it is the Lua scripts, kept beside the calls whose
 * keys and arguments they index.
 */
final class QuoteQueue implements AutoCloseable {

	// Records the batch's dead letters and drops the batch from the processing list in
	// one step, so a crash cannot leave a dead letter recorded twice. An acknowledgement
	// whose id is the last one applied was applied already (its reply was lost), and
	// trimming again would drop quotes that were never stored.
	private static final String ACK = """
			if redis.call('GET', KEYS[3]) ~= ARGV[2] then
				for first = 3, #ARGV, 1000 do
					redis.call('LPUSH', KEYS[2], unpack(ARGV, first, math.min(#ARGV, first + 999)))
				end
				redis.call('LTRIM', KEYS[1], 0, -tonumber(ARGV[1]) - 1)
				redis.call('SET', KEYS[3], ARGV[2])
			end
			return { redis.call('LLEN', KEYS[4]), redis.call('LLEN', KEYS[1]) }
			""";

	// Moves the oldest ARGV[1] quotes in bulk commands (LRANGE, LPUSH, LTRIM), not one
	// LMOVE per quote: an earlier script looped LMOVE in Lua, ~5 us per quote with long
	// pauses. LPUSH reverses what it pushes, so the items go in newest-last to leave
	// the processing list exactly as repeated LMOVEs would; unpack is limited by Lua's
	// stack, hence the chunks. Returns the queue depth left and the items, newest first.
	private static final String MOVE = script("move-batch.lua");

	// Redis 6.2 passes a script's command replies and arguments through Lua at a cost
	// that grows faster than linearly: measured per quote 0.7 us at 100-200 quotes per
	// script, 0.9 us at 500, 3.4 us at 2,000, 22 us at 5,000. Small scripts, pipelined,
	// also keep each pause of Redis well under a millisecond.
	private static final int SCRIPT_ITEMS = 200;

	private static final int PIPELINE_ITEMS = 10_000;

	private static final int READS_IN_FLIGHT = 2;

	// Takes the whole queue in one step: RENAME costs the same for a million quotes as
	// for one, where moving them costs ~1.5 us each. RENAME overwrites its target, so the
	// few quotes still in flight are saved first and put back at the right end, where the
	// oldest belong; a processing list holding more than ARGV[2] is left alone.
	private static final String CLAIM = """
			local depth = redis.call('LLEN', KEYS[1])
			local held = redis.call('LLEN', KEYS[2])
			if depth < tonumber(ARGV[1]) or held > tonumber(ARGV[2]) then
				return 0
			end
			local inFlight = redis.call('LRANGE', KEYS[2], 0, -1)
			redis.call('RENAME', KEYS[1], KEYS[2])
			for first = 1, #inFlight, 5000 do
				redis.call('RPUSH', KEYS[2], unpack(inFlight, first, math.min(#inFlight, first + 4999)))
			end
			return depth
			""";

	private static final int MAX_HELD_WHILE_CLAIMING = 10_000;

	private final ReopeningConnection blocking;

	private final ReopeningConnection pipelined;

	private final ReopeningConnection fetching;

	private final ReopeningConnection writing;

	private final String queue;

	private final String processing;

	private final String lastAcknowledgement;

	private final String deadLetter;

	/**
	 * Opens its connections from the client as needed: one for BLMOVE (which holds it),
	 * one pipelined, one for the fetching thread's other commands and one for the
	 * writer's.
	 * @param client the client to connect with; its connections are made not to reconnect
	 * by themselves
	 * @param queue the shared queue's key
	 * @param processing this consumer's processing list
	 * @param acknowledged where the id of its last acknowledgement is kept
	 * @param deadLetter the dead-letter list
	 */
	QuoteQueue(RedisClient client, String queue, String processing, String acknowledged, String deadLetter) {
		// Lettuce's default is to send a command again, unseen, after a reconnect when
		// its reply was lost, and a move or an acknowledgement run twice loses quotes.
		// These connections never reconnect: such a command fails instead.
		client.setOptions(client.getOptions().mutate().autoReconnect(false).build());
		this.blocking = new ReopeningConnection(client);
		this.pipelined = new ReopeningConnection(client, (connection) -> connection.setAutoFlushCommands(false));
		this.fetching = new ReopeningConnection(client);
		this.writing = new ReopeningConnection(client);
		this.queue = queue;
		this.processing = processing;
		this.lastAcknowledgement = acknowledged;
		this.deadLetter = deadLetter;
	}

	/** Quotes in the processing list: handed over but not acknowledged, or claimed. */
	long processingDepth() {
		return this.fetching.use((connection) -> connection.sync().llen(this.processing));
	}

	/**
	 * Moves the whole queue to the left of the processing list in one atomic step, if the
	 * queue holds at least {@code minimum} quotes and the processing list at most
	 * {@value #MAX_HELD_WHILE_CLAIMING}. The claimed quotes then occupy indexes
	 * {@code [0, claimed)} from the left.
	 * @return how many quotes were claimed; 0 if none
	 */
	long claimBacklog(int minimum) {
		Long claimed = this.fetching.use((connection) -> connection.sync()
			.eval(CLAIM, ScriptOutputType.INTEGER, new String[] { this.queue, this.processing },
					Integer.toString(minimum), Integer.toString(MAX_HELD_WHILE_CLAIMING)));
		return (claimed != null) ? claimed : 0;
	}

	/**
	 * Reads claimed quotes without moving anything: the {@code count} quotes just left of
	 * index {@code end} of the processing list, counted from its left, where nothing is
	 * pushed while claimed quotes remain. Acknowledgements trim the right end, so these
	 * indexes stay put. Reads {@value #PIPELINE_ITEMS} quotes per command, the next one
	 * in flight while the sink works on the last.
	 * @param sink receives the quotes piece by piece, oldest first
	 * @return how many were read; fewer than {@code count} if the list is shorter than
	 * expected
	 */
	int readClaimed(long end, int count, Consumer<List<String>> sink) {
		return this.pipelined.use((connection) -> readClaimed(connection, end, count, sink));
	}

	private int readClaimed(StatefulRedisConnection<String, String> connection, long end, int count,
			Consumer<List<String>> sink) {
		RedisAsyncCommands<String, String> pipeline = connection.async();
		Deque<RedisFuture<List<String>>> reads = new ArrayDeque<>();
		long next = end - 1;
		long first = end - count;
		int read = 0;
		while (next >= first || !reads.isEmpty()) {
			while (next >= first && reads.size() < READS_IN_FLIGHT) {
				reads.add(pipeline.lrange(this.processing, Math.max(first, next - PIPELINE_ITEMS + 1), next));
				next -= PIPELINE_ITEMS;
			}
			connection.flushCommands();
			List<String> items = await(reads.removeFirst());
			sink.accept(items.reversed());
			read += items.size();
		}
		return read;
	}

	/** Waits up to {@code timeout} for one quote and moves it; null if none came. */
	@Nullable String moveOne(Duration timeout) {
		double seconds = Math.max(0.001, timeout.toNanos() / 1e9);
		return this.blocking.use((connection) -> connection.sync()
			.blmove(this.queue, this.processing, LMoveArgs.Builder.rightLeft(), seconds));
	}

	/**
	 * Moves up to {@code max} quotes without waiting: scripts of {@value #SCRIPT_ITEMS}
	 * quotes each, pipelined {@value #PIPELINE_ITEMS} quotes per round trip. Each script
	 * is atomic, so a crash leaves every quote either in the queue or in the processing
	 * list, and Redis runs them in order, which keeps LMOVE's order.
	 * @param sink receives the moved quotes piece by piece, oldest first
	 * @return how many moved and how many are left in the queue
	 */
	Moved moveUpTo(int max, Consumer<List<String>> sink) {
		return this.pipelined.use((connection) -> moveUpTo(connection, max, sink));
	}

	private Moved moveUpTo(StatefulRedisConnection<String, String> connection, int max, Consumer<List<String>> sink) {
		RedisAsyncCommands<String, String> pipeline = connection.async();
		String[] keys = { this.queue, this.processing };
		int count = 0;
		long depth = Long.MAX_VALUE;
		while (depth > 0 && count < max) {
			List<RedisFuture<List<Object>>> moves = new ArrayList<>();
			for (int left = Math.min(PIPELINE_ITEMS, max - count); left > 0; left -= SCRIPT_ITEMS) {
				moves.add(pipeline.eval(MOVE, ScriptOutputType.MULTI, keys,
						Integer.toString(Math.min(SCRIPT_ITEMS, left))));
			}
			connection.flushCommands();
			int before = count;
			for (RedisFuture<List<Object>> move : moves) {
				List<Object> reply = await(move);
				depth = (Long) reply.get(0);
				@SuppressWarnings("unchecked")
				List<String> moved = (List<String>) reply.get(1);
				sink.accept(moved.reversed());
				count += moved.size();
			}
			if (count == before) {
				break;
			}
		}
		return new Moved(count, depth);
	}

	private static <T> T await(RedisFuture<T> future) {
		return LettuceFutures.awaitOrCancel(future, 60, TimeUnit.SECONDS);
	}

	/**
	 * Removes the oldest {@code count} quotes from the processing list, after they were
	 * stored, and records dead letters; repeating it with the same id changes nothing.
	 * @param id unique to this acknowledgement
	 * @return the queue's and the processing list's lengths right after
	 */
	Depths acknowledge(int count, List<String> deadLetters, String id) {
		String[] args = new String[deadLetters.size() + 2];
		args[0] = Integer.toString(count);
		args[1] = id;
		for (int i = 0; i < deadLetters.size(); i++) {
			args[i + 2] = deadLetters.get(i);
		}
		List<Object> lengths = this.writing.use((connection) -> connection.sync()
			.eval(ACK, ScriptOutputType.MULTI,
					new String[] { this.processing, this.deadLetter, this.lastAcknowledgement, this.queue }, args));
		return new Depths((Long) lengths.get(0), (Long) lengths.get(1));
	}

	/**
	 * What one bulk move did.
	 *
	 * @param count quotes moved
	 * @param queueDepth quotes left in the queue right after the move
	 */
	record Moved(int count, long queueDepth) {
	}

	/**
	 * Lengths after an acknowledgement.
	 *
	 * @param queue quotes waiting in the shared queue
	 * @param taken quotes this consumer has taken but not stored yet (claimed or in
	 * flight)
	 */
	record Depths(long queue, long taken) {
	}

	String processingKey() {
		return this.processing;
	}

	@Override
	public void close() {
		for (ReopeningConnection connection : new ReopeningConnection[] { this.blocking, this.pipelined, this.fetching,
				this.writing }) {
			connection.close();
		}
	}

	/**
	 * Reads a Lua script that lives beside this class; the drain benchmark reads the same
	 * resource, so it measures exactly what the consumer runs.
	 * @param name resource name beside this class
	 * @return the script text
	 */
	static String script(String name) {
		try (InputStream in = QuoteQueue.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing script resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
