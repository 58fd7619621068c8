package io.cryptoviz.dashboard.predictions;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where the page runs analyses, so a slow read (the consumer holding the lock) never
 * blocks the UI thread. Two threads match the machines CryptoViz targets; further
 * requests queue, and pages drop results nobody waits for any more.
 */
@Component
public class AnalysisExecutor implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AnalysisExecutor.class);

	private final ExecutorService executor = Executors.newFixedThreadPool(2,
			Thread.ofPlatform().name("analysis-", 0).daemon().factory());

	/**
	 * @param task the analysis and its hand-over to the UI
	 */
	public void execute(Runnable task) {
		this.executor.execute(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("Background analysis failed", ex);
			}
		});
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
