package io.cryptoviz.model.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when something pauses on it, and remembers each pause. */
final class VirtualTime extends Clock implements Pause {

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	final List<Duration> pauses = new ArrayList<>();

	@Override
	public void sleep(Duration duration) {
		this.pauses.add(duration);
		this.now = this.now.plus(duration);
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
