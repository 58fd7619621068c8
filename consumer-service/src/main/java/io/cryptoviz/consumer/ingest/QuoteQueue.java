package io.cryptoviz.consumer.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.LMoveArgs;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import org.jspecify.annotations.Nullable;

/**
 * The reliable-queue operations on Redis.
 * <p>
 * Quotes move from the right of the queue to the left of this consumer's processing list,
 * so the processing list's right end always holds the oldest unacknowledged quotes and an
 * acknowledgement removes exactly that many from the right. Bulk moves are pipelined, one
 * round trip per chunk instead of one per quote; the acknowledgement is a small Lua
 * script.
 */
final class QuoteQueue {

	// Records the batch's dead letters and drops the batch from the processing list in
	// one
	// step, so a crash cannot leave a dead letter recorded twice.
	private static final String ACK = """
			for first = 2, #ARGV, 1000 do
				redis.call('LPUSH', KEYS[2], unpack(ARGV, first, math.min(#ARGV, first + 999)))
			end
			redis.call('LTRIM', KEYS[1], 0, -tonumber(ARGV[1]) - 1)
			return redis.call('LLEN', KEYS[1])
			""";

	private static final int PIPELINE_CHUNK = 10_000;

	private final RedisCommands<String, String> blocking;

	private final StatefulRedisConnection<String, String> pipelineConnection;

	private final RedisAsyncCommands<String, String> pipeline;

	private final RedisCommands<String, String> commands;

	private final String queue;

	private final String processing;

	private final String deadLetter;

	/**
	 * @param blocking a connection only this queue's fetching thread uses, because BLMOVE
	 * holds it
	 * @param pipelined a connection only the fetching thread uses, with automatic
	 * flushing switched off here
	 * @param commands a connection for everything else
	 */
	QuoteQueue(RedisCommands<String, String> blocking, StatefulRedisConnection<String, String> pipelined,
			RedisCommands<String, String> commands, String queue, String processing, String deadLetter) {
		this.blocking = blocking;
		this.pipelineConnection = pipelined;
		this.pipelineConnection.setAutoFlushCommands(false);
		this.pipeline = pipelined.async();
		this.commands = commands;
		this.queue = queue;
		this.processing = processing;
		this.deadLetter = deadLetter;
	}

	/** Whatever the processing list holds, oldest first: quotes a crash left behind. */
	List<String> pending() {
		return this.commands.lrange(this.processing, 0, -1).reversed();
	}

	/** Waits up to {@code timeout} for one quote and moves it; null if none came. */
	@Nullable String moveOne(Duration timeout) {
		double seconds = Math.max(0.001, timeout.toNanos() / 1e9);
		return this.blocking.blmove(this.queue, this.processing, LMoveArgs.Builder.rightLeft(), seconds);
	}

	/**
	 * Moves up to {@code max} quotes without waiting: one pipelined LMOVE per quote, sent
	 * in chunks of {@value #PIPELINE_CHUNK} with one round trip each. Each LMOVE is
	 * atomic, so a crash leaves every quote either in the queue or in the processing
	 * list. A Lua script moving a whole batch was tried first: it passes every quote
	 * through Lua's string table, measured 5 microseconds per quote here with pauses over
	 * a second for Lua's garbage collector, during which Redis serves no one else.
	 */
	Moved moveUpTo(int max) {
		List<String> items = new ArrayList<>(max);
		long depth = this.commands.llen(this.queue);
		while (depth > 0 && items.size() < max) {
			int chunk = (int) Math.min(Math.min(PIPELINE_CHUNK, max - items.size()), depth);
			List<RedisFuture<String>> moves = new ArrayList<>(chunk);
			for (int i = 0; i < chunk; i++) {
				moves.add(this.pipeline.lmove(this.queue, this.processing, LMoveArgs.Builder.rightLeft()));
			}
			RedisFuture<Long> left = this.pipeline.llen(this.queue);
			this.pipelineConnection.flushCommands();
			for (RedisFuture<String> move : moves) {
				String item = await(move);
				if (item != null) {
					items.add(item);
				}
			}
			depth = await(left);
		}
		return new Moved(items, depth);
	}

	private static <T> T await(RedisFuture<T> future) {
		return LettuceFutures.awaitOrCancel(future, 60, TimeUnit.SECONDS);
	}

	/**
	 * Removes the oldest {@code count} quotes from the processing list, after they were
	 * stored, and records dead letters.
	 */
	void acknowledge(int count, List<String> deadLetters) {
		String[] args = new String[deadLetters.size() + 1];
		args[0] = Integer.toString(count);
		for (int i = 0; i < deadLetters.size(); i++) {
			args[i + 1] = deadLetters.get(i);
		}
		this.commands.eval(ACK, ScriptOutputType.INTEGER, new String[] { this.processing, this.deadLetter }, args);
	}

	/**
	 * Quotes waiting in the shared queue now, or {@code fallback} if Redis did not
	 * answer.
	 */
	long queueDepthOr(long fallback) {
		try {
			return this.commands.llen(this.queue);
		}
		catch (RuntimeException ex) {
			return fallback;
		}
	}

	/**
	 * Quotes moved by one call.
	 *
	 * @param items the quotes, oldest first
	 * @param queueDepth quotes left in the queue right after the move
	 */
	record Moved(List<String> items, long queueDepth) {
	}

}
