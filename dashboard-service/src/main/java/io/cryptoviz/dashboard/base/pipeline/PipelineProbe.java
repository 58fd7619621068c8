package io.cryptoviz.dashboard.base.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.cryptoviz.model.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the pipeline's state from Redis, at most once per few seconds: every page shows
 * the simulated-data banner, and a Redis that is down costs a connect timeout per read.
 */
@Service
public class PipelineProbe {

	private static final Logger log = LoggerFactory.getLogger(PipelineProbe.class);

	private static final Duration REUSE = Duration.ofSeconds(5);

	private final StringRedisTemplate redis;

	private final Clock clock;

	private volatile Snapshot last = new Snapshot(Instant.MIN, PipelineStatus.unreachable("not read yet"));

	PipelineProbe(StringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	/**
	 * @return the pipeline's state, at most a few seconds old
	 */
	public PipelineStatus status() {
		Snapshot snapshot = this.last;
		Instant now = this.clock.instant();
		if (!now.isBefore(snapshot.readAt()) && now.isBefore(snapshot.readAt().plus(REUSE))) {
			return snapshot.status();
		}
		PipelineStatus status = read();
		if (snapshot.status().reachable() && !status.reachable()) {
			log.warn("Redis is unreachable: {}", status.problem());
		}
		this.last = new Snapshot(now, status);
		return status;
	}

	private PipelineStatus read() {
		try {
			Long queue = this.redis.opsForList().size(RedisKeys.QUEUE);
			Long dead = this.redis.opsForList().size(RedisKeys.DEAD_LETTER);
			String mode = this.redis.opsForValue().get(RedisKeys.DATA_MODE);
			return new PipelineStatus(true, (queue != null) ? queue : 0, (dead != null) ? dead : 0, mode, null);
		}
		catch (RuntimeException ex) {
			String message = (ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage();
			return PipelineStatus.unreachable(String.valueOf(message));
		}
	}

	private record Snapshot(Instant readAt, PipelineStatus status) {
	}

}
