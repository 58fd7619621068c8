package io.cryptoviz.consumer.stats;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import io.cryptoviz.model.RedisKeys;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Depths of the Redis lists.
 *
 * @param queue quotes waiting for a consumer
 * @param processing quotes taken but not stored yet, per consumer id
 * @param deadLetters rejected messages
 */
record QueueStats(long queue, Map<String, Long> processing, long deadLetters) {

	long processingTotal() {
		return this.processing.values().stream().mapToLong(Long::longValue).sum();
	}

	static QueueStats read(RedisURI uri) {
		uri.setTimeout(Duration.ofSeconds(3));
		RedisClient client = RedisClient.create(uri);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			Map<String, Long> processing = new TreeMap<>();
			ScanArgs match = ScanArgs.Builder.matches(RedisKeys.PROCESSING_PREFIX + "*").limit(100);
			KeyScanCursor<String> cursor = redis.scan(match);
			while (true) {
				for (String key : cursor.getKeys()) {
					processing.put(key.substring(RedisKeys.PROCESSING_PREFIX.length()), redis.llen(key));
				}
				if (cursor.isFinished()) {
					break;
				}
				cursor = redis.scan(ScanCursor.of(cursor.getCursor()), match);
			}
			return new QueueStats(redis.llen(RedisKeys.QUEUE), processing, redis.llen(RedisKeys.DEAD_LETTER));
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
		}
	}

}
