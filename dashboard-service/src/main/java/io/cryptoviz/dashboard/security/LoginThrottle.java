package io.cryptoviz.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per client address over a sliding minute. After
 * {@link #MAX_FAILURES} failures a client must wait until the oldest of them is a minute
 * old, so a guesser gets 5 tries a minute instead of as many as BCrypt can hash. A
 * success forgets the client's failures.
 */
final class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(1);

	// Bounds memory under a spray from many addresses; past it the oldest idle entries
	// go.
	private static final int MAX_CLIENTS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @param client the client's address
	 * @return how long the client must wait before its next attempt, zero when it may try
	 * now
	 */
	Duration waitFor(String client) {
		Deque<Instant> times = this.failures.get(client);
		if (times == null) {
			return Duration.ZERO;
		}
		synchronized (times) {
			Instant now = this.clock.instant();
			prune(times, now);
			if (times.size() < MAX_FAILURES) {
				return Duration.ZERO;
			}
			return Duration.between(now, times.peekFirst().plus(WINDOW));
		}
	}

	void failed(String client) {
		if (this.failures.size() >= MAX_CLIENTS) {
			Instant now = this.clock.instant();
			this.failures.values().removeIf(times -> {
				synchronized (times) {
					prune(times, now);
					return times.isEmpty();
				}
			});
		}
		Deque<Instant> times = this.failures.computeIfAbsent(client, key -> new ArrayDeque<>());
		synchronized (times) {
			Instant now = this.clock.instant();
			prune(times, now);
			times.addLast(now);
			if (times.size() == MAX_FAILURES) {
				log.warn("Login throttled for {} after {} failures within {} s", client, MAX_FAILURES,
						WINDOW.toSeconds());
			}
		}
	}

	void succeeded(String client) {
		this.failures.remove(client);
	}

	private static void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
			times.removeFirst();
		}
	}

}
