package io.cryptoviz.scraper.cycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs each source on its own single-thread scheduler, first at startup and then every
 * interval. One thread per source means a slow or failing source never delays another,
 * and {@code scheduleAtFixedRate} on one thread never starts a cycle before the previous
 * one of that source has finished.
 */
final class CycleScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CycleScheduler.class);

	private final List<SourceCycle> cycles;

	private final List<String> names;

	private final Duration interval;

	private final List<ScheduledExecutorService> executors = new ArrayList<>();

	private volatile boolean running;

	CycleScheduler(List<SourceCycle> cycles, List<String> names, Duration interval) {
		this.cycles = List.copyOf(cycles);
		this.names = List.copyOf(names);
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		for (int i = 0; i < this.cycles.size(); i++) {
			ScheduledExecutorService executor = Executors
				.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("cycle-" + this.names.get(i)).factory());
			executor.scheduleAtFixedRate(this.cycles.get(i), 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
			this.executors.add(executor);
		}
		log.info("cycles: {} every {}", String.join(", ", this.names), this.interval);
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		this.executors.forEach(ScheduledExecutorService::shutdownNow);
		for (ScheduledExecutorService executor : this.executors) {
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.executors.clear();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
