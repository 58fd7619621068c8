package io.cryptoviz.consumer.base;

import java.nio.file.Path;
import java.time.Duration;

import io.cryptoviz.model.RedisKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the consumer, bound from {@code cryptoviz.consumer.*}.
 *
 * @param databasePath the DuckDB file ({@code CRYPTOVIZ_DB_PATH})
 * @param consumerId stable id of this instance; names its Redis processing list, so it
 * must survive restarts for crash recovery to find the list again
 * @param batchSize most quotes written in one flush while the queue is shallow
 * @param backlogBatchSize most quotes written in one flush while the queue holds more
 * than {@code batchSize}; larger flushes spread the fixed open, close and checkpoint cost
 * of the DuckDB file over more quotes
 * @param flushInterval longest a quote waits in a partly filled batch
 * @param lockWait when to complain about a DuckDB file held by another process
 * @param keys Redis key names
 */
@Validated
@ConfigurationProperties("cryptoviz.consumer")
public record ConsumerProperties(@NotNull Path databasePath, @DefaultValue("consumer-1") @NotBlank @Pattern(
		regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
		message = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit") String consumerId,
		@DefaultValue("1000") @Range(min = 1, max = 100_000) int batchSize,
		@DefaultValue("245760") @Range(min = 1, max = 1_000_000) int backlogBatchSize,
		@DefaultValue("500ms") @NotNull @DurationMin(millis = 10,
				message = "must be between 10ms and 30s") @DurationMax(seconds = 30,
						message = "must be between 10ms and 30s") Duration flushInterval,
		@DefaultValue @Valid LockWait lockWait, @DefaultValue @Valid Keys keys) {

	/**
	 * The larger of the two batch sizes: a backlog batch is never smaller than a normal
	 * one.
	 */
	public int effectiveBacklogBatchSize() {
		return Math.max(this.batchSize, this.backlogBatchSize);
	}

	/** The Redis list holding this instance's in-flight quotes. */
	public String processingKey() {
		return this.keys.processingPrefix() + this.consumerId;
	}

	/**
	 * Where this instance records the id of its last acknowledgement. Beside the
	 * processing lists, not under their prefix, which {@code ./cryptoviz stats} scans for
	 * lists.
	 */
	public String acknowledgementKey() {
		return this.keys.queue() + ":acknowledged:" + this.consumerId;
	}

	/**
	 * How long the consumer waits quietly for a DuckDB file lock before it logs.
	 *
	 * @param warnAfter waiting longer logs one WARN
	 * @param errorAfter waiting longer logs an ERROR naming the lock holder, repeated at
	 * this interval
	 */
	public record LockWait(
			@DefaultValue("5s") @NotNull @DurationMin(millis = 0, message = "must be between 0s and 1h") @DurationMax(
					hours = 1, message = "must be between 0s and 1h") Duration warnAfter,
			@DefaultValue("60s") @NotNull @DurationMin(seconds = 1,
					message = "must be between 1s and 24h") @DurationMax(hours = 24,
							message = "must be between 1s and 24h") Duration errorAfter) {

	}

	/**
	 * Redis key names; the defaults are the shared {@link RedisKeys}.
	 *
	 * @param queue list the scraper pushes to
	 * @param processingPrefix prefix of the per-consumer processing list
	 * @param deadLetter list of rejected messages with their reasons
	 */
	public record Keys(@DefaultValue(RedisKeys.QUEUE) @NotBlank String queue,
			@DefaultValue(RedisKeys.PROCESSING_PREFIX) @NotBlank String processingPrefix,
			@DefaultValue(RedisKeys.DEAD_LETTER) @NotBlank String deadLetter) {

	}

}
