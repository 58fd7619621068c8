package io.cryptoviz.simulator.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * The clock every price is a function of: the system clock, or frozen at an instant that
 * tests and demos move forward through {@code /admin/clock} instead of sleeping.
 */
public final class SimulatorClock extends Clock {

	private final Clock system;

	private final AtomicReference<@Nullable Instant> frozen = new AtomicReference<>();

	public SimulatorClock(Clock system, @Nullable Instant frozenAt) {
		this.system = system;
		this.frozen.set(frozenAt);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		if (!ZoneOffset.UTC.equals(zone.normalized())) {
			throw new UnsupportedOperationException("The simulator clock runs in UTC only");
		}
		return this;
	}

	@Override
	public Instant instant() {
		Instant at = this.frozen.get();
		return (at != null) ? at : this.system.instant();
	}

	/** Stops the clock at the given instant. */
	public void freeze(Instant at) {
		this.frozen.set(at);
	}

	/** Freezes the clock (if running) and moves it forward. */
	public Instant advance(Duration by) {
		return this.frozen.updateAndGet((at) -> ((at != null) ? at : this.system.instant()).plus(by));
	}

	/** Lets the clock follow the system clock again. */
	public void release() {
		this.frozen.set(null);
	}

	public boolean isFrozen() {
		return this.frozen.get() != null;
	}

}
