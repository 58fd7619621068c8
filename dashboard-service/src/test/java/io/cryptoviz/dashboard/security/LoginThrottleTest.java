package io.cryptoviz.dashboard.security;

import java.time.Duration;
import java.time.Instant;

import io.cryptoviz.dashboard.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(this.clock);

	@Test
	void four_failures_leave_the_client_free_to_try() {
		fail("10.0.0.1", 4);
		assertThat(this.throttle.waitFor("10.0.0.1")).isZero();
	}

	@Test
	void the_fifth_failure_blocks_the_client_until_the_first_is_a_minute_old() {
		fail("10.0.0.1", 1);
		this.clock.advance(Duration.ofSeconds(20));
		fail("10.0.0.1", 4);
		assertThat(this.throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(40));
		this.clock.advance(Duration.ofSeconds(40));
		assertThat(this.throttle.waitFor("10.0.0.1")).isZero();
	}

	@Test
	void another_client_is_not_blocked() {
		fail("10.0.0.1", 5);
		assertThat(this.throttle.waitFor("10.0.0.2")).isZero();
	}

	@Test
	void a_success_forgets_the_failures() {
		fail("10.0.0.1", 4);
		this.throttle.succeeded("10.0.0.1");
		fail("10.0.0.1", 4);
		assertThat(this.throttle.waitFor("10.0.0.1")).isZero();
	}

	private void fail(String client, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(client);
		}
	}

}
