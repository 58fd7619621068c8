package io.cryptoviz.consumer.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.LMoveArgs;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import org.jspecify.annotations.Nullable;

/**
 * The reliable-queue operations on Redis.
 * <p>
 * Quotes move from the right of the queue to the left of this consumer's processing list,
 * so the processing list's right end always holds the oldest unacknowledged quotes and an
 * acknowledgement removes exactly that many from the right. Bulk moves and
 * acknowledgements are Lua scripts: atomic, and one round trip per batch instead of one
 * per quote.
 */
final class QuoteQueue {

	// Moves up to ARGV[1] of the oldest quotes; returns the queue depth left, then the
	// quotes oldest first. unpack() is chunked: Lua's C stack takes about 8000 values.
	private static final String MOVE = """
			local max = tonumber(ARGV[1])
			local items = {}
			if max > 0 then items = redis.call('LRANGE', KEYS[1], -max, -1) end
			local n = #items
			if n > 0 then
				redis.call('LTRIM', KEYS[1], 0, -n - 1)
				for first = n, 1, -1000 do
					local chunk = {}
					for i = first, math.max(1, first - 999), -1 do chunk[#chunk + 1] = items[i] end
					redis.call('LPUSH', KEYS[2], unpack(chunk))
				end
			end
			local out = {redis.call('LLEN', KEYS[1])}
			for i = n, 1, -1 do out[#out + 1] = items[i] end
			return out
			""";

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

	private final RedisCommands<String, String> blocking;

	private final RedisCommands<String, String> commands;

	private final String queue;

	private final String processing;

	private final String deadLetter;

	/**
	 * @param blocking a connection only this queue's fetching thread uses, because BLMOVE
	 * holds it
	 * @param commands a connection for everything else
	 */
	QuoteQueue(RedisCommands<String, String> blocking, RedisCommands<String, String> commands, String queue,
			String processing, String deadLetter) {
		this.blocking = blocking;
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

	/** Moves up to {@code max} quotes without waiting. */
	Moved moveUpTo(int max) {
		List<Object> reply = this.commands.eval(MOVE, ScriptOutputType.MULTI,
				new String[] { this.queue, this.processing }, Integer.toString(max));
		List<String> items = new ArrayList<>(reply.size() - 1);
		for (int i = 1; i < reply.size(); i++) {
			items.add((String) reply.get(i));
		}
		return new Moved(items, (Long) reply.getFirst());
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
