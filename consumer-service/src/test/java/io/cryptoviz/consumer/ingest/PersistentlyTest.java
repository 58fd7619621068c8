package io.cryptoviz.consumer.ingest;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.cryptoviz.model.retry.Retry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PersistentlyTest {

	private Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

	private final List<Duration> pauses = new ArrayList<>();

	private final Persistently persistently = new Persistently(new Retry(Persistently.BACKOFF, new Clock() {
		@Override
		public Instant instant() {
			return PersistentlyTest.this.clock.instant();
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}, (pause) -> {
		this.pauses.add(pause);
		this.clock = Clock.offset(this.clock, pause);
	}, new SplittableRandom(1)));

	@Test
	void an_outage_is_retried_from_one_second_doubling_up_to_thirty_on_a_virtual_clock() throws Exception {
		AtomicInteger calls = new AtomicInteger();

		String result = this.persistently.run("reach Redis", () -> {
			if (calls.incrementAndGet() <= 7) {
				throw new IOException("connection refused");
			}
			return "reached";
		});

		assertThat(result).isEqualTo("reached");
		assertThat(this.pauses).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
	}

	@Test
	void an_interrupted_thread_stops_retrying() {
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(InterruptedException.class)
				.isThrownBy(() -> this.persistently.run("reach Redis", () -> {
					throw new IOException("connection refused");
				}))
				.withMessage("reach Redis interrupted");
			assertThat(this.pauses).isEmpty();
		}
		finally {
			Thread.interrupted();
		}
	}

}
