package io.cryptoviz.scraper.cycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import io.cryptoviz.scraper.base.Sleeper;

/**
 * Runs each source on its own thread, first at startup and then one interval after the
 * previous cycle of that source ended (fixed delay). A stall (a 119 s Retry-After, a slow
 * provider) therefore delays the next cycle instead of leaving missed cycles to fire back
 * to back, which re-read the same provider data and burnt credits. One thread per source
 * means a slow or failing source never delays another. Before each cycle the source may
 * hold back until it has anything to quote ({@code awaitReady}).
 */
final class CycleScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CycleScheduler.class);

	private final List<SourceCycle> cycles;

	private final List<String> names;

	private final Duration interval;

	private final Sleeper sleeper;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	CycleScheduler(List<SourceCycle> cycles, List<String> names, Duration interval, Sleeper sleeper) {
		this.cycles = List.copyOf(cycles);
		this.names = List.copyOf(names);
		this.interval = interval;
		this.sleeper = sleeper;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		for (int i = 0; i < this.cycles.size(); i++) {
			SourceCycle cycle = this.cycles.get(i);
			this.threads.add(Thread.ofPlatform().name("cycle-" + this.names.get(i)).start(() -> loop(cycle)));
		}
		log.info("cycles: {}, each {} after the previous one ended", String.join(", ", this.names), this.interval);
	}

	private void loop(SourceCycle cycle) {
		try {
			while (this.running) {
				cycle.awaitReady();
				cycle.run();
				this.sleeper.sleep(this.interval);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.threads.forEach(Thread::interrupt);
		for (Thread thread : this.threads) {
			try {
				thread.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
