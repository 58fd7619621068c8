package io.cryptoviz.model.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A clock that moves only when a retry pauses on it; an optional action runs at each
 * pause (to let a holder go, say).
 */
public final class VirtualTime extends Clock implements Pause {

	public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private Instant now = START;

	private final List<Duration> pauses = new ArrayList<>();

	private Runnable atEachPause = () -> {
	};

	public Retry retry(Backoff backoff) {
		return new Retry(backoff, this, this, new SplittableRandom(7));
	}

	public void atEachPause(Runnable action) {
		this.atEachPause = action;
	}

	public List<Duration> pauses() {
		return List.copyOf(this.pauses);
	}

	@Override
	public void sleep(Duration duration) {
		this.pauses.add(duration);
		this.now = this.now.plus(duration);
		this.atEachPause.run();
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
