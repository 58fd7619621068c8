package io.cryptoviz.model.retry;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RetryTest {

	private final VirtualTime time = new VirtualTime();

	private final Retry retry = new Retry(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4), 0), this.time,
			this.time, new SplittableRandom(1));

	private final List<Retry.Failure<IOException>> seen = new ArrayList<>();

	@Test
	void a_first_success_never_pauses() throws Exception {
		assertThat(this.retry.run(IOException.class, () -> "done", this.seen::add)).isEqualTo("done");
		assertThat(this.time.pauses()).isEmpty();
	}

	@Test
	void failures_pause_by_the_backoff_on_the_virtual_clock_until_the_attempt_succeeds() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		List<String> recovered = new ArrayList<>();

		String result = this.retry.run(IOException.class, () -> {
			if (calls.incrementAndGet() <= 4) {
				throw new IOException("down " + calls.get());
			}
			return "up";
		}, new Retry.Watcher<>() {
			@Override
			public void failed(Retry.Failure<IOException> failure) {
				RetryTest.this.seen.add(failure);
			}

			@Override
			public void succeeded(int failures, Duration waited) {
				recovered.add(failures + " after " + waited.toSeconds() + " s");
			}
		});

		assertThat(result).isEqualTo("up");
		assertThat(this.time.pauses()).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 4L);
		assertThat(this.seen).extracting(f -> f.waited().toSeconds()).containsExactly(0L, 1L, 3L, 7L);
		assertThat(this.seen).extracting(Retry.Failure::failures).containsExactly(1, 2, 3, 4);
		assertThat(recovered).containsExactly("4 after 11 s");
	}

	@Test
	void the_watcher_stops_the_loop_by_throwing() {
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.retry.run(IOException.class, () -> {
			throw new IOException("still down");
		}, failure -> {
			if (failure.waited().plus(failure.pause()).compareTo(Duration.ofSeconds(5)) > 0) {
				throw new IOException("gave up after " + failure.failures() + " failures", failure.cause());
			}
		})).withMessage("gave up after 3 failures");
		assertThat(this.time.pauses()).extracting(Duration::toSeconds).containsExactly(1L, 2L);
	}

	@Test
	void the_watcher_may_wait_longer_than_the_backoff_as_a_retry_after_asks() throws Exception {
		AtomicInteger calls = new AtomicInteger();

		this.retry.run(IOException.class, () -> {
			if (calls.incrementAndGet() == 1) {
				throw new IOException("429, Retry-After: 120");
			}
			return "ok";
		}, new Retry.Watcher<>() {
			@Override
			public void failed(Retry.Failure<IOException> failure) {
			}

			@Override
			public Duration pauseAfter(Retry.Failure<IOException> failure) {
				return Duration.ofSeconds(120);
			}
		});

		assertThat(this.time.pauses()).containsExactly(Duration.ofSeconds(120));
	}

	@Test
	void a_failure_of_another_type_ends_the_loop_at_once() {
		assertThatIllegalStateException().isThrownBy(() -> this.retry.run(IOException.class, () -> {
			throw new IllegalStateException("a bug, not an outage");
		}, this.seen::add)).withMessage("a bug, not an outage");
		assertThat(this.seen).isEmpty();
		assertThat(this.time.pauses()).isEmpty();
	}

	@Test
	void an_interruption_ends_the_loop_at_once() {
		assertThatExceptionOfType(InterruptedException.class).isThrownBy(() -> this.retry.run(Exception.class, () -> {
			throw new InterruptedException("stop");
		}, failure -> {
		}));
		assertThat(this.time.pauses()).isEmpty();
	}

}
