package io.cryptoviz.simulator.market;

import io.cryptoviz.simulator.base.SimulatorClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once, at startup, what the simulator serves.
 */
@Component
class MarketStartupLog {

	private static final Logger log = LoggerFactory.getLogger(MarketStartupLog.class);

	private final Market market;

	private final SimulatorClock clock;

	MarketStartupLog(Market market, SimulatorClock clock) {
		this.market = market;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		log.info("Market simulator serving {} assets ({} .. {}), seed {}, clock {}", this.market.assets().size(),
				this.market.assets().getFirst().cgId(), this.market.assets().getLast().cgId(), this.market.seed(),
				this.clock.isFrozen() ? "frozen at " + this.clock.instant() : "following the system clock");
	}

}
