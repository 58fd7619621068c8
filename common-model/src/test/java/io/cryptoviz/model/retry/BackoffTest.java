package io.cryptoviz.model.retry;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTest {

	private final SplittableRandom random = new SplittableRandom(42);

	@Test
	void pauses_double_from_the_first_up_to_the_cap() {
		Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0);

		assertThat(IntStream.rangeClosed(1, 7).mapToObj(n -> backoff.pause(n, this.random).toSeconds()))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
	}

	@Test
	void a_huge_failure_count_stays_at_the_cap() {
		Backoff backoff = new Backoff(Duration.ofMillis(5), Duration.ofMillis(100), 0);

		assertThat(backoff.pause(Integer.MAX_VALUE, this.random)).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void jitter_draws_each_pause_between_its_lower_bound_and_the_exponential_value() {
		Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0.5);

		assertThat(IntStream.range(0, 1000).mapToObj(i -> backoff.pause(2, this.random)))
			.allSatisfy(pause -> assertThat(pause).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)))
			.anySatisfy(pause -> assertThat(pause).isLessThan(Duration.ofMillis(150)))
			.anySatisfy(pause -> assertThat(pause).isGreaterThan(Duration.ofMillis(150)));
	}

	@Nested
	class Rejects {

		@Test
		void a_zero_first_pause() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0));
		}

		@Test
		void a_cap_below_the_first_pause() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0));
		}

		@Test
		void jitter_outside_zero_to_one() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5));
		}

		@Test
		void a_failure_count_below_one() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0).pause(0,
						new SplittableRandom()));
		}

	}

}
